package org.emogap;

import java.util.Locale;

/**
 * Which definitions a run follows: {@code emogap} (the default) or {@code paper}, the authors'
 * published scripts at every point where they differ (docs/method.md, "paper mode"). Set with
 * {@code EMOGAP_MODE=paper|emogap}; a paper-mode run writes to {@code results/paper/} with the same
 * file names, so the two result trees can be diffed.
 */
public enum RunMode {
    EMOGAP, PAPER;

    /** The setting's value: {@code emogap} or {@code paper}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean paper() {
        return this == PAPER;
    }

    /** Parses {@code emogap} or {@code paper} (any case); anything else is refused with the setting's name. */
    public static RunMode parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (RunMode m : values()) if (m.label().equals(v)) return m;
        throw new IllegalArgumentException("EMOGAP_MODE is '" + value + "', expected emogap or paper");
    }
}
