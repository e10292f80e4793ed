NRC_LEXICON_MAPPING = {
    "anger": ["angry", "mad", "rage"],
    "gratitude": ["grateful", thanks],
}
