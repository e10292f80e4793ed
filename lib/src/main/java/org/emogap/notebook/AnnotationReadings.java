package org.emogap.notebook;

import org.emogap.llm.Estimate;
import tech.tablesaw.api.Table;

import java.util.Map;
import java.util.stream.Collectors;

import static org.emogap.notebook.GoReadings.f;

/**
 * The reading sentences of annotation (notebooks 02 and 03): the offline annotators' scores and
 * the LLM runner's plans and stores. Rows are found by name; the uniform baseline by its id.
 */
public final class AnnotationReadings {
    private AnnotationReadings() {}

    /** The core sets annotated, and where the per-rater data came from (null: none here, with why). */
    public static String coreSets(int emoBank, int goEmotions, String raterSource, String rawStatus) {
        return f("Core sets: %,d EmoBank texts and %,d GoEmotions comments%s.", emoBank, goEmotions,
                raterSource == null ? " (no per-rater GoEmotions data: " + rawStatus + ")" : " (per-rater data: " + raterSource + ")");
    }

    /** Warriner lexicon coverage. */
    public static String lexicon(int lemmas, long unmatched, int texts) {
        return f("The lexicon holds %,d lemmas; %,d of %,d texts had no word in it and were given the midpoint 3.", lemmas,
                unmatched, texts);
    }

    /** The heads on the test splits, against the majority-label baseline. */
    public static String heads(int goTest, int emoTest, Table headEvaluation) {
        Table best = headEvaluation.sortDescendingOn("goemotions_macro_f1");
        double f1 = best.doubleColumn("goemotions_macro_f1").get(0), base = best.doubleColumn("majority_label_macro_f1").get(0);
        return f("On %,d GoEmotions test comments the best head (%s) reaches macro-F1 %.2f against %.2f for always answering "
                        + "the majority label%s; on %,d EmoBank test texts the heads' valence correlation is up to %.2f.", goTest,
                best.stringColumn("encoder").get(0), f1, base, f1 > base ? "" : " (**no better than the baseline**)", emoTest,
                headEvaluation.doubleColumn("emobank_r_V").max());
    }

    /** The offline annotators on the core sets: EmoBank valence and GoEmotions JSD, beside the uniform baseline. */
    public static String offlineScores(int files, Table emoScores, Table goScores) {
        Table eb = emoScores.sortDescendingOn("r_V");
        String go = "";
        if (goScores != null) {
            Table models = goScores.where(goScores.stringColumn("model").isNotEqualTo("uniform")).sortAscendingOn("mean_jsd");
            double uniform = HumanReadings.value(goScores, "model", "uniform", "mean_jsd");
            go = models.rowCount() == 0 ? f("; on GoEmotions uniform gives %.3f", uniform)
                    : f("; on GoEmotions the lowest mean JSD is %.3f bits (%s), uniform gives %.3f",
                    models.doubleColumn("mean_jsd").get(0), models.stringColumn("model").get(0), uniform);
        }
        return f("%d judgment files written. On EmoBank valence the closest offline annotator is %s (r = %.2f over %d held-out "
                        + "core-set texts)%s.", files, eb.stringColumn("model").get(0), eb.doubleColumn("r_V").get(0),
                eb.intColumn("items").get(0), go);
    }

    /** How long the offline section took and what it embedded. */
    public static String timing(double seconds, long embedded) {
        return f("This section took %.1f s and embedded %,d new texts (%s).", seconds, embedded,
                embedded == 0 ? "everything came from the caches" : "a rerun reads them from data/cache/embeddings");
    }

    /** The items a run would ask about. */
    public static String items(Map<String, Integer> perDataset, int sample, boolean goEmotions) {
        return "A run would ask about " + perDataset.entrySet().stream().map(e -> f("%,d %s texts", e.getValue(), e.getKey()))
                .collect(Collectors.joining(" and "))
                + (sample > 0 ? " (the first " + sample + " of each core set, as `EMOGAP_SAMPLE` asks)" : "")
                + (goEmotions ? "" : " (no GoEmotions per-rater data here, so no GoEmotions texts)")
                + "; each text goes into every prompt, so the longest texts set the token cap per request.";
    }

    /** The dry run's requests and cost per dataset, against the budget. */
    public static String plans(Map<String, Estimate> estimates, double budget) {
        if (estimates.isEmpty()) return "There is no plan to run: no ready model or no items.";
        return estimates.entrySet().stream().map(e -> f("%s: %,d requests still to send, at most $%.2f (about $%.2f if the "
                        + "models answer as asked)", e.getKey(), e.getValue().requests(), e.getValue().costCap(), e.getValue().costTypical()))
                .collect(Collectors.joining("; ")) + f("; the budget is $%.2f.", budget);
    }

    /** One store's answers and the share usable, from {@link org.emogap.llm.Aggregator#statusTable}. */
    public static String stored(String dataset, Table statuses) {
        double ok = statuses.where(statuses.stringColumn("status").isEqualTo("ok")).intColumn("samples").sum();
        double all = statuses.intColumn("samples").sum();
        return f("%s: %,d stored answers, %.1f%% of them usable.", dataset, (long) all, 100 * ok / Math.max(1, all));
    }

    /** The runner's live note: failures and spend so far. */
    public static String progressNote(long failed, double usd) {
        return f("failed %d · $%.2f", failed, usd);
    }

    /** How many requests the simulated LLM answered. */
    public static String simulated(long requests) {
        return f("The simulated LLM answered %,d requests in this run.", requests);
    }
}
