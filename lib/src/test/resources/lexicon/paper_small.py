# a fixture in the shape of the paper's lexical_transparency.py
EMOTION_LABELS = ["anger", "gratitude"]

NRC_LEXICON_MAPPING = {
    "anger": ["angry", "mad", "rage"],
    "gratitude": ["grateful", "thanks", "thank you"],
}
