package org.emogap.data;

/**
 * How to read the per-rater GoEmotions files.
 *
 * @param dropVeryUnclear false (the paper): a row marked {@code example_very_unclear} counts as a
 *                        rater who chose nothing; true: such rows are left out (and counted)
 */
public record GoRawOptions(boolean dropVeryUnclear) {
    public static GoRawOptions defaults() { return new GoRawOptions(false); }

    public GoRawOptions dropVeryUnclear(boolean drop) { return new GoRawOptions(drop); }
}
