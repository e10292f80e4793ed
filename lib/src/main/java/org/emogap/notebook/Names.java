package org.emogap.notebook;

/**
 * An annotator as a reading sentence names it: its id and what kind of annotator it is, so no
 * sentence can pass a trained head or the simulated LLM off as a language model. The kind is read
 * from the id's form (the ids emogap writes): {@code sim:…} the simulated LLM, {@code enc:…:head} a
 * trained head, {@code enc:…:zero-shot} a zero-shot encoder, {@code lex:…} a lexicon; anything else
 * is a configured LLM.
 */
public final class Names {
    private Names() {}

    /** E.g. {@code sim:bge-small-en-v1.5-q:head (the simulated LLM, not a language model)}. */
    public static String model(String id) {
        String base = id.replaceFirst(" @ T=.*$", "");
        String what;
        if (base.startsWith("sim:")) what = "the simulated LLM, not a language model";
        else if (base.startsWith("enc:") && base.contains(":head")) what = "a trained head";
        else if (base.startsWith("enc:")) what = "a zero-shot sentence encoder";
        else if (base.startsWith("lex:")) what = "a word lexicon";
        else if (base.startsWith("human")) what = "the human raters";
        else what = "an LLM";
        return "`" + id + "` (" + what + ")";
    }
}
