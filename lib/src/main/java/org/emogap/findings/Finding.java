package org.emogap.findings;

/**
 * One claim of the paper tested on this run.
 *
 * @param id         the claim's number (1 … 10)
 * @param claim      the claim in a few words
 * @param scope      which annotators the row is about (one claim can have a row per kind)
 * @param paper      the paper's figure, second-hand (docs/method.md §7), or "—"
 * @param figure     this run's figure
 * @param low        its 95% CI low end (NaN when it has none)
 * @param high       its 95% CI high end
 * @param nItems     the items it rests on (0 when it is not an item average)
 * @param annotators the annotators it comes from, each with its kind
 * @param verdict    {@link #SUPPORTED}, {@link #CONTRADICTED} or {@link #NOT_TESTABLE}
 * @param rule       the rule the verdict follows from
 * @param reading    a sentence that says what the numbers mean
 */
public record Finding(int id, String claim, String scope, String paper, double figure, double low, double high, int nItems,
                      String annotators, String verdict, String rule, String reading) {
    public static final String SUPPORTED = "supported";
    public static final String CONTRADICTED = "contradicted";
    public static final String NOT_TESTABLE = "not testable here";

    public Finding {
        if (!verdict.equals(SUPPORTED) && !verdict.equals(CONTRADICTED) && !verdict.startsWith(NOT_TESTABLE)) {
            throw new IllegalArgumentException("verdict '" + verdict + "'");
        }
    }

    /** A claim this run cannot test, with the reason. */
    static Finding notTestable(int id, String claim, String scope, String paper, String reason, String rule) {
        return new Finding(id, claim, scope, paper, Double.NaN, Double.NaN, Double.NaN, 0, "", NOT_TESTABLE + ": " + reason, rule, reason + ".");
    }
}
