package org.emogap.notebook;

import org.emogap.lexicon.Transparency;
import org.emogap.stats.Correlations;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.stream.Collectors;

import static org.emogap.notebook.GoReadings.f;

/**
 * The reading sentences of lexical transparency (notebook 05), from the tables of
 * {@link Transparency} and {@link org.emogap.lexicon.LexiconVariants}; rows are found by category
 * or variant name, never by position.
 */
public final class TransparencyReadings {
    private TransparencyReadings() {}

    /** How many categories have enough positive texts for the test. */
    public static String positives(int nTexts, String coreSet, int[] nPositive) {
        long big = java.util.Arrays.stream(nPositive).filter(v -> v >= Transparency.MIN_POSITIVE).count();
        return f("%,d core-set texts (%s); %d of %d categories have at least %d positive texts.", nTexts, coreSet, big,
                nPositive.length, Transparency.MIN_POSITIVE);
    }

    /**
     * Which lexicon the score uses and its extremes.
     *
     * @param summary {@link org.emogap.lexicon.Lexicon#summary}: one row per category with {@code n_cue_words}
     */
    public static String lexicon(boolean paper, String modeLabel, int cueRows, Table summary, boolean emoLex) {
        Table s = summary.sortAscendingOn("n_cue_words");
        int last = s.rowCount() - 1;
        return f("The score below uses the %s lexicon (mode %s): %,d cue rows, %,d distinct (category, cue) pairs; EmoLex %s. "
                        + "Fewest cues: %s (%d), most: %s (%d).", paper ? "paper's" : "reproducible", modeLabel, cueRows,
                (int) s.intColumn("n_cue_words").sum(), emoLex ? "included" : "not supplied (set EMOGAP_EMOLEX to add it)",
                s.stringColumn("category").get(0), s.intColumn("n_cue_words").get(0), s.stringColumn("category").get(last),
                s.intColumn("n_cue_words").get(last));
    }

    /** What each lexicon finds in one sentence: its number of cues for the category and the first match (null: none). */
    public static String cueExample(String sentence, String category, int reproducibleCues, String reproducibleMatch,
                                    int paperCues, String paperMatch) {
        return f("\"%s\": the reproducible lexicon has %d %s cues and %s; the paper's has %d and %s.", sentence,
                reproducibleCues, category, found(reproducibleMatch), paperCues, found(paperMatch));
    }

    private static String found(String match) {
        return match == null ? "finds none" : "finds \"" + match + "\"";
    }

    /** The most and the least transparent category, with how many of their texts hold a cue. */
    public static String extremes(Table transparency) {
        Table s = transparency.where(transparency.doubleColumn("score").isNotMissing()).sortDescendingOn("score");
        if (s.rowCount() == 0) return "No category has a score (too few positive texts).";
        int last = s.rowCount() - 1;
        return f("Most transparent: %s (score %.2f, %.0f%% of its texts hold a cue word); least: %s (score %.2f, %.0f%%).",
                s.stringColumn("category").get(0), s.doubleColumn("score").get(0), 100 * s.doubleColumn("lexicon_part").get(0),
                s.stringColumn("category").get(last), s.doubleColumn("score").get(last),
                100 * s.doubleColumn("lexicon_part").get(last));
    }

    /** Whether the two parts of the score measure the same thing. */
    public static String parts(Correlations.Correlation rho) {
        String reading = Double.isNaN(rho.r()) ? "cannot be compared"
                : Math.abs(rho.r()) < 0.3 ? "measure largely different things" : rho.r() > 0 ? "largely agree" : "disagree";
        return f("The two parts rank the %d categories with Spearman ρ = %.2f (p = %.3g): they %s.", rho.n(), rho.r(), rho.p(),
                reading);
    }

    /** The per-category agreement the test correlates with. */
    public static String agreement(Table result, int nModels) {
        if (nModels == 0) {
            return "**No model judgments of these items exist yet** (`data/judgments/goemotions/` is empty or covers other "
                    + "items), so `agreement_mean` is empty and the test below cannot be run; the scores and the lexicon "
                    + "above stand on their own. Run the annotation notebooks first.";
        }
        Table a = result.where(result.doubleColumn("agreement_mean").isNotMissing()).sortDescendingOn("agreement_mean");
        return f("Agreement averaged over %d models ranges from %.2f (%s) to %.2f (%s) across categories.", nModels,
                a.doubleColumn("agreement_mean").get(a.rowCount() - 1), a.stringColumn("category").get(a.rowCount() - 1),
                a.doubleColumn("agreement_mean").get(0), a.stringColumn("category").get(0));
    }

    /** The paper's claim: transparency predicts agreement. Read with its p-value, not only its sign. */
    public static String test(Correlations.Correlation all, Correlations.Correlation big, int nModels) {
        if (nModels == 0) return "No agreement values, so no correlation: the test waits for model judgments.";
        return f("Over %d categories ρ = %.2f (p = %.3g); over the %d with at least %d positive texts ρ = %.2f (p = %.3g). %s",
                all.n(), all.r(), all.p(), big.n(), Transparency.MIN_POSITIVE, big.r(), big.p(),
                significance(all) + " (the paper reports a positive, significant ρ).");
    }

    static String significance(Correlations.Correlation c) {
        if (Double.isNaN(c.r())) return "The correlation is undefined here";
        if (c.p() >= 0.05) return "Over all categories the correlation is **not significant** (p ≥ 0.05): this run does not "
                + "show that transparency predicts agreement";
        return c.r() > 0 ? "Over all categories more transparent categories are significantly easier to agree on"
                : "Over all categories more transparent categories are significantly *harder* to agree on";
    }

    /** One category's coverage under the three lexicon variants, and each variant's test. */
    public static String variants(Table coverage, Table tests, String category, int nModels) {
        List<String> cats = coverage.stringColumn("category").asList();
        int g = cats.indexOf(category);
        if (g < 0) throw new IllegalArgumentException("no category '" + category + "' in the coverage table");
        String name = Character.toUpperCase(category.charAt(0)) + category.substring(1);
        String cov = f("%s's texts hold a cue in %.0f%% (reproducible, tokens), %.0f%% (paper, substrings) and %.0f%% "
                        + "(paper, tokens) of cases. ", name, 100 * coverage.doubleColumn("coverage_emogap_token").getDouble(g),
                100 * coverage.doubleColumn("coverage_paper_substring").getDouble(g),
                100 * coverage.doubleColumn("coverage_paper_token").getDouble(g));
        if (nModels == 0) return cov + "Without model judgments there is no agreement to correlate with.";
        String per = tests.stringColumn("variant").unique().asList().stream().map(v -> {
            Table all = row(tests, v, "all"), big = row(tests, v, "n_positive >= " + Transparency.MIN_POSITIVE);
            return f("%s: ρ = %.2f (p = %.2g) over %d categories, %.2f (p = %.2g) over the %d with ≥ %d positives", v,
                    all.doubleColumn("spearman").get(0), all.doubleColumn("p").get(0), all.intColumn("n").get(0),
                    big.doubleColumn("spearman").get(0), big.doubleColumn("p").get(0), big.intColumn("n").get(0),
                    Transparency.MIN_POSITIVE);
        }).collect(Collectors.joining("; "));
        return cov + per + ".";
    }

    private static Table row(Table tests, String variant, String categories) {
        Table t = tests.where(tests.stringColumn("variant").isEqualTo(variant).and(tests.stringColumn("categories").isEqualTo(categories)));
        if (t.rowCount() != 1) throw new IllegalArgumentException(t.rowCount() + " test rows for " + variant + ", " + categories);
        return t;
    }
}
