package org.emogap.notebook;

import org.emogap.stats.Correlations;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading sentences: the numbers they print come from the rows they name, whatever the row order. */
class ReadingsTest {
    /** A model summary whose rows are deliberately not in JSD order. */
    static Table summary() {
        return Table.create("s",
                StringColumn.create("model", "enc:b:zero-shot", "reference:uniform", "enc:a:head", "enc:a:head", "enc:a:head"),
                StringColumn.create("kind", "zero-shot", "reference", "head", "head", "head"),
                StringColumn.create("temperature", "pooled", "pooled", "pooled", "1.0", "0.0"),
                DoubleColumn.create("jsd_mean", 0.65, 0.687, 0.43, 0.45, 0.41),
                DoubleColumn.create("jsd_ci_low", 0.64, 0.68, 0.42, 0.44, 0.40),
                DoubleColumn.create("jsd_ci_high", 0.66, 0.69, 0.44, 0.46, 0.42),
                DoubleColumn.create("jsd_floor_finite_sample", 0.2, 0.2, 0.215, 0.215, 0.215),
                DoubleColumn.create("human_entropy_mean", 1.92, 1.92, 1.92, 1.92, 1.92),
                DoubleColumn.create("model_entropy_mean", 4.2, 4.8, 3.75, 3.7, 3.8),
                DoubleColumn.create("entropy_spearman", 0.1, Double.NaN, 0.35, 0.3, 0.3),
                DoubleColumn.create("top1_hit_rate", 0.5, 0.0, 0.71, 0.7, 0.7),
                DoubleColumn.create("micro_f1", 0.3, 0.1, 0.52, 0.5, 0.5));
    }

    @Test
    void goReadingsNameTheClosestModelAndReadItAgainstUniform() {
        assertEquals("On the 478 common items the closest to the humans is `enc:a:head` (a trained head) with mean JSD 0.430 "
                        + "[0.420, 0.440], 2.0× the finite-sample floor (0.215); answering the uniform distribution scores 0.687, "
                        + "so it beats knowing nothing by 37%.", GoReadings.closest(summary(), 478));
        // 0.43 / 0.215 = 2.0; (0.687 - 0.43) / 0.687 = 37.4 %
        Table worse = summary();
        worse.doubleColumn("jsd_mean").set(2, 0.70);
        worse.doubleColumn("jsd_mean").set(0, 0.69);
        assertTrue(GoReadings.closest(worse, 10).contains("`enc:b:zero-shot`"), GoReadings.closest(worse, 10));
        assertTrue(GoReadings.closest(worse, 10).contains("no better than knowing nothing"));
        assertEquals("No model to compare: only the human floors and the reference annotators are shown.",
                GoReadings.closest(summary().where(summary().stringColumn("kind").isEqualTo("reference")), 5));
    }

    @Test
    void entropyReadingSaysWhichWayTheModelIsWrong() {
        String under = GoReadings.entropy(summary());
        assertTrue(under.contains("1.92 (humans) and 3.75 (model) bits") && under.contains("**under-confident**"), under);
        Table sharp = summary();
        sharp.doubleColumn("model_entropy_mean").set(2, 0.8);
        assertTrue(GoReadings.entropy(sharp).contains("**over-confident**"));
    }

    @Test
    void temperatureAndLabelReadings() {
        assertEquals("Mean JSD by temperature: `enc:a:head` (a trained head) from 0.410 (T=0.0) to 0.450 (T=1.0).",
                GoReadings.temperatures(summary()));
        assertEquals("`enc:a:head` (a trained head) hits a human top label on 71% of items (micro F1 0.52) while its mean "
                + "JSD is 0.430, 2.0× the finite-sample floor.", GoReadings.labels(summary()));
        Table tests = Table.create("t", StringColumn.create("test", "kruskal_wallis_agreement", "mann_whitney", "kruskal_wallis_agreement"),
                DoubleColumn.create("p", 0.02, 0.001, 0.03));
        // Bonferroni over the two Kruskal–Wallis rows: 0.04 and 0.06
        assertEquals("2 Kruskal–Wallis tests of JSD across agreement levels; 2 with p < 0.05, 1 also after a Bonferroni "
                + "correction over the 2 tests.",
                GoReadings.kruskal(tests));
        assertEquals("The main comparison below uses the 478 of 1,287 items every annotator judged outside its training data; "
                + "all-item results follow it, labelled. Wrote `a.csv`, `b.csv` to `results/goemotions/`.",
                GoReadings.mainComparison(478, 1287, List.of(Path.of("x", "a.csv"), Path.of("b.csv"))));
    }

    static Table variantTests() {
        return Table.create("v", StringColumn.create("variant", "paper_token", "emogap_token", "emogap_token", "paper_token"),
                StringColumn.create("categories", "n_positive >= 50", "all", "n_positive >= 50", "all"),
                IntColumn.create("n", 20, 28, 21, 28), DoubleColumn.create("spearman", 0.4, 0.1, 0.2, 0.3),
                DoubleColumn.create("p", 0.08, 0.6, 0.4, 0.12));
    }

    @Test
    void transparencyReadingsFindRowsByName() {
        Table cov = Table.create("c", StringColumn.create("category", "anger", "gratitude"),
                DoubleColumn.create("coverage_emogap_token", 0.1, 0.81), DoubleColumn.create("coverage_paper_substring", 0.2, 0.9),
                DoubleColumn.create("coverage_paper_token", 0.15, 0.85));
        assertEquals("Gratitude's texts hold a cue in 81% (reproducible, tokens), 90% (paper, substrings) and 85% (paper, "
                + "tokens) of cases. paper_token: ρ = 0.30 (p = 0.12) over 28 categories, 0.40 (p = 0.080) over the 20 with "
                + "≥ 50 positives; emogap_token: ρ = 0.10 (p = 0.60) over 28 categories, 0.20 (p = 0.40) over the 21 with ≥ 50 "
                + "positives.", TransparencyReadings.variants(cov, variantTests(), "gratitude", 3));
        assertThrows(IllegalArgumentException.class, () -> TransparencyReadings.variants(cov, variantTests(), "joy", 3));
        Table scores = Table.create("s", StringColumn.create("category", "a", "b", "c"),
                DoubleColumn.create("score", 0.2, Double.NaN, 0.9), DoubleColumn.create("lexicon_part", 0.05, 0, 0.6));
        assertEquals("Most transparent: c (score 0.90, 60% of its texts hold a cue word); least: a (score 0.20, 5%).",
                TransparencyReadings.extremes(scores));
    }

    @Test
    void transparencyTestSaysWhenTheClaimIsNotShown() {
        var weak = new Correlations.Correlation(0.091, 0.64, 28);
        var big = new Correlations.Correlation(0.2, 0.4, 21);
        String s = TransparencyReadings.test(weak, big, 3);
        assertTrue(s.startsWith("Over 28 categories ρ = 0.09 (p = 0.640); over the 21 with at least 50 positive texts"), s);
        assertTrue(s.contains("**not significant**"), s);
        assertTrue(TransparencyReadings.test(new Correlations.Correlation(0.6, 0.001, 28), big, 3).contains("significantly easier"));
        assertTrue(TransparencyReadings.parts(new Correlations.Correlation(0.1, 0.6, 28)).endsWith("measure largely different things."));
    }

    @Test
    void vadReadingsFindDimensionsByName() {
        // dimensions deliberately out of order
        Table floors = Table.create("f", StringColumn.create("dimension", "dominance", "valence", "arousal", "valence"),
                StringColumn.create("agreement", "all", "all", "all", "high"),
                DoubleColumn.create("floor_split_half", 0.3, 0.53, 0.4, 0.16), DoubleColumn.create("floor_resample", 0.1, 0.19, 0.15, 0.05));
        Table w = Table.create("w", StringColumn.create("model", "m1", "m2"), StringColumn.create("temperature", "", "0.7"),
                StringColumn.create("dimension", "valence", "arousal"), StringColumn.create("agreement", "all", "all"),
                DoubleColumn.create("wasserstein", 0.4, 0.3));
        assertEquals("Human floors (split-half / resample) in rating points: valence 0.53 / 0.19, arousal 0.40 / 0.15, "
                + "dominance 0.30 / 0.10; the closest run is `m2` (an LLM) @ T=0.7 on arousal with W = 0.30.", VadReadings.floors(floors, w));
        Table rows = Table.create("r", StringColumn.create("model", "m1", "m1"), StringColumn.create("dimension", "arousal", "valence"),
                DoubleColumn.create("pearson", 0.3, 0.6), DoubleColumn.create("compression", 0.5, 0.5));
        assertTrue(VadReadings.slopes(rows).endsWith("`m1` (an LLM) valence 0.30, arousal 0.15, dominance –."), VadReadings.slopes(rows));
        Table var = Table.create("v", DoubleColumn.create("var_ratio", 0.0, 0.42));
        assertEquals("Across sampled runs the model's within-text variance is 0%–42% of the humans' (0%: at temperature 0 every "
                + "sample of a text is the same answer).", VadReadings.variance(var, 0.5));
    }

    @Test
    void calibrationReadingsPickTheLargestGainAndSkipThinLevels() {
        Table summary = Table.create("c", StringColumn.create("model", "enc:a:head", "enc:b:zero-shot"),
                StringColumn.create("method", "isotonic", "bias"), DoubleColumn.create("jsd_uncalibrated", 0.43, 0.65),
                DoubleColumn.create("jsd_calibrated", 0.44, 0.52), DoubleColumn.create("change_pct", 2.6, -20.0),
                DoubleColumn.create("entropy_rho_uncalibrated", 0.35, 0.1), DoubleColumn.create("entropy_rho", 0.33, 0.12));
        assertEquals("The largest gain is bias on `enc:b:zero-shot` (a zero-shot sentence encoder): mean JSD 0.650 → 0.520 "
                + "(-20.0%), entropy ρ 0.10 → 0.12.", CalibrationReadings.largestGain(summary));
        Table levels = Table.create("l", StringColumn.create("model", "m", "m", "m", "n"),
                StringColumn.create("method", "isotonic", "isotonic", "isotonic", "isotonic"),
                StringColumn.create("agreement", "full_agreement", "partial_agreement", "full_disagreement", "partial_agreement"),
                IntColumn.create("n", 3, 203, 272, 203), DoubleColumn.create("jsd_uncalibrated", 0.02, 0.4, 0.6, 0.5),
                DoubleColumn.create("change_pct", 117.5, -3.0, 1.5, 2.0));
        // levels in ordinal order, not alphabetical
        assertEquals("isotonic changes the mean JSD, by agreement level over the annotators: partial_agreement -3.0% to "
                + "+2.0%; full_disagreement +1.5% to +1.5% (1 annotator-level rows with fewer than 10 items are left out). "
                + "Calibration fits one average correction, so it can help one level and hurt another.",
                CalibrationReadings.byAgreement(levels, "isotonic"));
        levels.intColumn("n").set(0, 15);
        assertTrue(CalibrationReadings.byAgreement(levels, "isotonic").contains("full_agreement +117.5% to +117.5% (the +118% "
                + "starts from a JSD of 0.020: a large percentage of a small distance)"), CalibrationReadings.byAgreement(levels, "isotonic"));
    }

    @Test
    void findingsRenderEachClaimOnce() {
        var a = new org.emogap.findings.Finding(1, "claim one", "heads", "0.6", 0.4, 0.3, 0.5, 10, "x", "supported", "r1", "read a");
        var b = new org.emogap.findings.Finding(1, "claim one", "encoders", "0.6", 0.4, 0.3, 0.5, 10, "y", "not testable here: none", "r2", "read b");
        String md = CalibrationReadings.findings(List.of(a, b));
        assertEquals(1, md.split("claim one", -1).length - 1, md);
        assertTrue(md.contains("- *encoders* — **not testable here: none.** read b"), md);
        assertEquals("2 rows over 1 claims: 1 not testable here, 1 supported. Written to `f.csv`.",
                CalibrationReadings.findingsCount(List.of(a, b), "f.csv"));
    }

    @Test
    void humanReadingsFindRowsByName() {
        Table demo = Table.create("d", StringColumn.create("who", "hedging model", "humans", "sure model"),
                DoubleColumn.create("jsd_to_humans", 0.05, 0.0, 0.3));
        assertEquals("Both models pick joy, yet the sure model is 0.300 from the humans and the hedging one only 0.050: the "
                + "label is shared, the uncertainty is not.", HumanReadings.demo(demo));
        Table kept = Table.create("k", StringColumn.create("dimension", "V", "A", "D"), DoubleColumn.create("mean_sd", 0.7, 0.9, 0.8));
        Table dropped = Table.create("k", StringColumn.create("dimension", "D", "V", "A"), DoubleColumn.create("mean_sd", 0.75, 0.6, 0.85));
        assertEquals("Raters agree least on A (mean SD 0.90; V 0.70, A 0.90, D 0.80). Dropping the 5,130 V=A=D=1 ratings of "
                + "corpus sentences lowers the mean valence SD from 0.70 to 0.60 and the low-agreement sentences from 747 to 700.",
                HumanReadings.emoSpread(kept, dropped, 5130, 747, 700));
        Table go = Table.create("g", StringColumn.create("agreement", "full_agreement", "partial_agreement", "partial_agreement", "full_disagreement"),
                IntColumn.create("n_raters", 3, 3, 5, 4), DoubleColumn.create("entropy_bits", 0.0, 0.0, 1.5, 2.5));
        assertEquals("Human entropy has median 0.75 bits (mean 1.00). 2 comments (50%) have 0 bits: every vote went to one label. "
                + "Only 1 of them are full-agreement items; in the other 1 some raters chose no label at all (a rater who marks a "
                + "comment very unclear counts as choosing none).", HumanReadings.goEntropy(go));
        assertEquals("The comparison uses 200 core-set texts (small mode, the first 200; core set read from notebook 01's file); "
                + "agreement levels: {high=50}.", HumanReadings.coreSet("texts", 200, null, 200, java.util.Map.of("high", 50L)));
    }

    @Test
    void annotationReadingsLeaveTheUniformBaselineOutOfTheBest() {
        Table go = Table.create("g", StringColumn.create("model", "uniform", "enc:a:head", "enc:b:zero-shot"),
                DoubleColumn.create("mean_jsd", 0.687, 0.43, 0.65));
        Table eb = Table.create("e", StringColumn.create("model", "lex:w", "enc:a:head"), DoubleColumn.create("r_V", 0.4, 0.6),
                IntColumn.create("items", 2000, 404));
        assertEquals("3 judgment files written. On EmoBank valence the closest offline annotator is enc:a:head (r = 0.60 over 404 "
                + "held-out core-set texts); on GoEmotions the lowest mean JSD is 0.430 bits (enc:a:head), uniform gives 0.687.",
                AnnotationReadings.offlineScores(3, eb, go));
        Table heads = Table.create("h", StringColumn.create("encoder", "a", "b"), DoubleColumn.create("goemotions_macro_f1", 0.2, 0.3),
                DoubleColumn.create("majority_label_macro_f1", 0.4, 0.4), DoubleColumn.create("emobank_r_V", 0.5, 0.6));
        assertTrue(AnnotationReadings.heads(100, 50, heads).contains("best head (b) reaches macro-F1 0.30 against 0.40 for always "
                + "answering the majority label (**no better than the baseline**)"), AnnotationReadings.heads(100, 50, heads));
    }

    @Test
    void whatIfReadingsSortBySamplesAndSayWhichSideOfTheHumans() {
        Table curves = Table.create("c", StringColumn.create("series", "m", "m", "m"), IntColumn.create("n_samples", 10, 1, 5),
                DoubleColumn.create("mean_jsd", 0.40, 0.55, Double.NaN));
        assertEquals("m: 0.550 with 1 sample(s), 0.400 with 10.", WhatIfReadings.convergence(curves));
        Table t = Table.create("t", DoubleColumn.create("mean_entropy_model", 2.5, 3.0), DoubleColumn.create("mean_entropy_human", 2.0, 2.0),
                DoubleColumn.create("mean_jsd", 0.44, 0.46));
        assertTrue(WhatIfReadings.temperatures(t).contains("above the humans' at every temperature (under-confident)"));
    }

    @Test
    void emobankCalibrationSaysWhichWayTheSpreadMoves() {
        Table eb = Table.create("e", StringColumn.create("method", "linear_ols", "moment_match"),
                DoubleColumn.create("mae_uncalibrated", 0.436, 0.436), DoubleColumn.create("mae_calibrated", 0.383, 0.482),
                DoubleColumn.create("sd_model", 0.274, 0.274), DoubleColumn.create("sd_calibrated", 0.180, 0.540),
                DoubleColumn.create("sd_human", 0.538, 0.538));
        String s = CalibrationReadings.emobank(eb, List.of("linear_ols", "moment_match"));
        assertTrue(s.contains("linear_ols changes the MAE from 0.436 to 0.383 and the SD of the means from 0.274 to 0.180 (humans: "
                + "0.538), averaged over dimensions and models: the spread moves away from the humans' (compressing further)."), s);
        assertTrue(s.endsWith("the spread moves toward the humans' (undoing compression)."), s);
    }

    @Test
    void theRemainingReadingsPrintTheNumbersTheyAreGiven() {
        // what-if: each grouping against its own floor; 0.534 / 0.145 = 3.7, 0.289 / 0.092 = 3.1
        Table g = Table.create("g", StringColumn.create("setting", "labels", "ekman", "labels", "ekman"),
                DoubleColumn.create("mean_jsd", 0.5, 0.3, 0.568, 0.278));
        assertEquals("Mean JSD over annotators: 0.534 with 28 labels (3.7× its floor 0.145), 0.289 with ekman, 7 groups (3.1× its "
                + "floor 0.092): the models come closer to the humans' own noise.", WhatIfReadings.granularity(g, "ekman", 7, 0.145, 0.092));
        assertTrue(WhatIfReadings.granularity(g, "ekman", 7, 0.145, 0.05).endsWith("the drop is the coarser scale."));
        // annotation: plans against the budget, stored answers and their usable share (3 of 4 = 75.0 %)
        var row = new org.emogap.llm.Estimate.Row("m", 10, 2, 8, 100, 40, 80, 0.25, 0.5, null);
        assertEquals("emobank: 8 requests still to send, at most $0.50 (about $0.25 if the models answer as asked); the budget is $1.00.",
                AnnotationReadings.plans(java.util.Map.of("emobank", new org.emogap.llm.Estimate("emobank", org.emogap.llm.Mode.SAMPLE, "p",
                        List.of(row))), 1.0));
        assertEquals("There is no plan to run: no ready model or no items.", AnnotationReadings.plans(java.util.Map.of(), 1.0));
        Table st = Table.create("s", StringColumn.create("status", "ok", "refused", "ok"), IntColumn.create("samples", 2, 1, 1));
        assertEquals("goemotions: 4 stored answers, 75.0% of them usable.", AnnotationReadings.stored("goemotions", st));
        var counts = new java.util.LinkedHashMap<String, Integer>();
        counts.put("goemotions", 1287);
        counts.put("emobank", 2000);
        assertEquals("A run would ask about 1,287 goemotions texts and 2,000 emobank texts (the first 200 of each core set, as "
                + "`EMOGAP_SAMPLE` asks); each text goes into every prompt, so the longest texts set the token cap per request.",
                AnnotationReadings.items(counts, 200, true));
        // human side: the label extremes by share, the panel sizes (median of 3, 4, 5 = 4; 2 of 3 partial = 67 %)
        Table freq = Table.create("f", StringColumn.create("label", "grief", "neutral", "joy"), DoubleColumn.create("share_of_ratings", 0.0039, 0.239, 0.05));
        assertEquals("The most used label is neutral (23.9% of ratings), the least used grief (0.39%).", HumanReadings.goLabels(freq));
        Table panels = Table.create("p", StringColumn.create("agreement", "partial_agreement", "full_agreement", "partial_agreement"),
                IntColumn.create("n_raters", 3, 4, 5));
        assertEquals("In src, 67% of the 3 comments are partial agreement, and the median comment has 4 raters.", HumanReadings.goPanels("src", panels));
        assertEquals("9 core-set items (core.csv) from raters.csv; raters per item: 3 to 5.", GoReadings.coreSet(9, "core.csv", "raters.csv", new int[]{5, 3, 4}));
        assertTrue(GoReadings.floors(0.145, 0.697).contains("0.145 bits") && GoReadings.floors(0.145, 0.697).contains("half-panel against half-panel"));
    }
}
