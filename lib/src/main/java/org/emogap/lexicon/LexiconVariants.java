package org.emogap.lexicon;

import org.emogap.RunMode;
import org.emogap.data.HumanItems;
import org.emogap.encoder.SentenceEncoder;
import org.emogap.stats.Correlations;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

/**
 * The lexicon part side by side: the same positive texts scored with several (lexicon, matching
 * rule) pairs, each one's coverage per category and its transparency–agreement Spearman ρ.
 */
public final class LexiconVariants {
    private LexiconVariants() {}

    /** A named lexicon with its matching rule. */
    public record Variant(String name, Lexicon lexicon, TextMatcher matcher) {}

    /** Coverage per category ({@code coverage_<variant>}) and one test row per variant and category filter. */
    public record Comparison(Table coverage, Table tests) {}

    /**
     * emogap's reproducible lexicon with token matching, the paper's lexicon with its substring rule,
     * and the paper's lexicon with token matching (which separates the words from the rule).
     */
    public static List<Variant> standard(Lexicon reproducible, Lexicon paper, CueMatcher tokens) {
        return List.of(new Variant("emogap_token", reproducible, tokens), new Variant("paper_substring", paper, TextMatcher.substring()),
                new Variant("paper_token", paper, tokens));
    }

    /**
     * Scores each variant ({@link Transparency#score}, embedding part shared) and correlates its score
     * with the per-category agreement of {@code categoryTable} over all categories and over those
     * with at least {@link Transparency#MIN_POSITIVE} positive texts.
     */
    public static Comparison compare(HumanItems human, Map<String, String> textById, SentenceEncoder encoder, Table categoryTable,
                                     List<Variant> variants, RunMode mode) {
        Table coverage = null;
        StringColumn name = StringColumn.create("variant"), rule = StringColumn.create("matching"), cats = StringColumn.create("categories");
        IntColumn n = IntColumn.create("n");
        DoubleColumn rho = DoubleColumn.create("spearman"), p = DoubleColumn.create("p");
        for (Variant v : variants) {
            Table t = Transparency.score(human, textById, v.lexicon(), v.matcher(), encoder, mode);
            if (coverage == null) coverage = t.selectColumns("category", "n_positive").copy();
            coverage.addColumns(t.doubleColumn("lexicon_part").copy().setName("coverage_" + v.name()));
            Table w = Transparency.withAgreement(t, categoryTable);
            for (int min : new int[]{0, Transparency.MIN_POSITIVE}) {
                Correlations.Correlation c = Transparency.test(w, min);
                name.append(v.name());
                rule.append(v.matcher().rule());
                cats.append(min == 0 ? "all" : "n_positive >= " + min);
                n.append(c.n());
                rho.append(c.r());
                p.append(c.p());
            }
        }
        return new Comparison(coverage == null ? Table.create("lexicon coverage") : coverage.setName("lexicon coverage"),
                Table.create("lexicon variants", name, rule, cats, n, rho, p));
    }
}
