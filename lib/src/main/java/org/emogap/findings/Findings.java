package org.emogap.findings;

import org.emogap.stats.Bootstrap;
import org.emogap.stats.Correlations;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The paper's claims tested on this run, from the results files the notebooks wrote. Each claim
 * has a rule written next to it, and its verdict follows from the numbers by that rule alone:
 * {@code supported} when the run shows the claimed effect, {@code contradicted} when it does not
 * (the effect is absent, reversed, or not distinguishable from chance at p < 0.05), and
 * {@code not testable here} when the run lacks what the claim needs, with the reason. The
 * annotators each figure comes from are named with their kind: encoders, heads, the lexicon and
 * the simulated LLM are not LLMs, and a verdict on them is not a verdict on LLMs.
 */
public final class Findings {
    /** Kinds that answer zero-shot, as the paper's LLMs do. */
    static final Set<String> ZERO_SHOT = Set.of("llm", "encoder");
    /**
     * Kinds that stand where the paper's LLMs stand: the zero-shot kinds and the simulated LLM, which
     * samples like an LLM but answers from a trained head (so it is left out of the zero-shot vs
     * trained comparisons).
     */
    static final Set<String> LLM_LIKE = Set.of("llm", "simulated-llm", "encoder");
    static final double ALPHA = 0.05;

    private final Path results;
    private final long seed;
    private final ResultRows summary, levels, tests, items, calibration, variants, vad;

    private Findings(Path results, long seed) {
        this.results = results;
        this.seed = seed;
        summary = ResultRows.read(results.resolve("goemotions/model_summary.csv"));
        levels = ResultRows.read(results.resolve("goemotions/agreement_levels.csv"));
        tests = ResultRows.read(results.resolve("goemotions/tests.csv"));
        items = ResultRows.read(results.resolve("goemotions/item_metrics.csv"));
        calibration = ResultRows.read(results.resolve("goemotions/calibration.csv"));
        variants = ResultRows.read(results.resolve("goemotions/lexicon_variants.csv"));
        vad = ResultRows.read(results.resolve("emobank/model_vad.csv"));
    }

    /** Every claim's rows, in claim order, from the results under {@code results}. */
    public static List<Finding> evaluate(Path results, long seed) {
        Findings f = new Findings(results, seed);
        List<Finding> out = new ArrayList<>();
        out.add(f.diverge());
        out.add(f.labelsNotDistributions());
        out.add(f.gapGrowsWithDisagreement());
        out.add(f.entropyCorrelation());
        out.add(f.trainingOverScale());
        out.addAll(f.overConfidence());
        out.addAll(f.transparency());
        out.addAll(f.calibrationByKind());
        out.add(f.emoBank());
        out.add(f.temperature());
        return out;
    }

    /** {@code results/findings.csv}: one row per finding, the columns of {@link Finding}. */
    public static Table table(List<Finding> fs) {
        return Table.create("findings",
                IntColumn.create("claim_id", fs.stream().mapToInt(Finding::id).toArray()),
                StringColumn.create("claim", fs.stream().map(Finding::claim).toList()),
                StringColumn.create("scope", fs.stream().map(Finding::scope).toList()),
                StringColumn.create("paper", fs.stream().map(Finding::paper).toList()),
                DoubleColumn.create("this_run", fs.stream().mapToDouble(Finding::figure).toArray()),
                DoubleColumn.create("ci_low", fs.stream().mapToDouble(Finding::low).toArray()),
                DoubleColumn.create("ci_high", fs.stream().mapToDouble(Finding::high).toArray()),
                IntColumn.create("n_items", fs.stream().mapToInt(Finding::nItems).toArray()),
                StringColumn.create("annotators", fs.stream().map(Finding::annotators).toList()),
                StringColumn.create("verdict", fs.stream().map(Finding::verdict).toList()),
                StringColumn.create("rule", fs.stream().map(Finding::rule).toList()),
                StringColumn.create("reading", fs.stream().map(Finding::reading).toList()));
    }

    // ---------------------------------------------------------------- helpers

    /** The pooled rows of the annotators (the reference rows, uniform and label prior, left out). */
    private List<Map<String, String>> pooled() {
        return summary.where("temperature", "pooled").where(r -> !"reference".equals(r.get("kind"))).rows();
    }

    private static String who(Map<String, String> r) {
        return r.get("model") + " (" + r.get("kind") + ")";
    }

    private static String who(List<Map<String, String>> rs) {
        return rs.stream().map(Findings::who).collect(Collectors.joining("; "));
    }

    private static double num(Map<String, String> r, String c) {
        return ResultRows.num(r, c);
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%+.1f%%", v);
    }

    /** Per-item values of one column of item_metrics.csv for a pooled annotator, by item id. */
    private Map<String, Double> itemValues(String model, String column) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map<String, String> r : items.where("model", model).where("temperature", "pooled").rows()) out.put(r.get("item_id"), num(r, column));
        return out;
    }

    // ---------------------------------------------------------------- the claims

    Finding diverge() {
        String claim = "zero-shot models diverge from the human distributions";
        String paper = "mean JSD ≥ 0.45 for all four LLMs (fine-tuned RoBERTa ≈ 0.30)";
        String rule = "supported when every zero-shot or LLM-like annotator's 95% CI of mean JSD lies above the finite-sample noise floor of its items";
        List<Map<String, String>> zs = pooled().stream().filter(r -> LLM_LIKE.contains(r.get("kind"))).toList();
        if (zs.isEmpty()) return Finding.notTestable(1, claim, "zero-shot and LLM-like annotators", paper, "no zero-shot or LLM-like annotator has judged the core set", rule);
        Map<String, String> best = zs.stream().min(Comparator.comparingDouble(r -> num(r, "jsd_mean"))).orElseThrow();
        boolean all = zs.stream().allMatch(r -> num(r, "jsd_ci_low") > num(r, "jsd_floor_finite_sample"));
        double uniform = uniformJsd(itemValues(best.get("model"), "jsd").keySet());
        String reading = String.format(Locale.ROOT, "The closest of them, %s, has mean JSD %s [%s, %s] on %,d items, %.1f× the finite-sample floor (%s); "
                        + "answering the uniform distribution on the same items gives %s. %s", who(best), f3(num(best, "jsd_mean")), f3(num(best, "jsd_ci_low")),
                f3(num(best, "jsd_ci_high")), (int) num(best, "n_items"), num(best, "jsd_mean") / num(best, "jsd_floor_finite_sample"),
                f3(num(best, "jsd_floor_finite_sample")), f3(uniform),
                all ? "Every one of them stays above its floor." : "At least one of them reaches its floor.");
        return new Finding(1, claim, "zero-shot and LLM-like annotators", paper, num(best, "jsd_mean"), num(best, "jsd_ci_low"), num(best, "jsd_ci_high"),
                (int) num(best, "n_items"), who(zs), all ? Finding.SUPPORTED : Finding.CONTRADICTED, rule, reading);
    }

    /** Mean JSD of the uniform reference annotator ({@code reference:uniform}) over the given items; NaN without it. */
    private double uniformJsd(Set<String> ids) {
        Map<String, Double> u = itemValues("reference:uniform", "jsd");
        return ids.stream().filter(u::containsKey).mapToDouble(u::get).average().orElse(Double.NaN);
    }

    Finding labelsNotDistributions() {
        String claim = "labels right, distributions wrong";
        String paper = "the models' top label usually matches the humans', while JSD stays high";
        String rule = "supported when the annotator with the best top-1 hit rate hits a human top label on at least half the items and its mean JSD is at least twice its finite-sample floor";
        List<Map<String, String>> all = pooled();
        if (all.isEmpty()) return Finding.notTestable(2, claim, "all annotators", paper, "no annotator has judged the core set", rule);
        Map<String, String> best = all.stream().max(Comparator.comparingDouble(r -> num(r, "top1_hit_rate"))).orElseThrow();
        double hit = num(best, "top1_hit_rate"), ratio = num(best, "jsd_mean") / num(best, "jsd_floor_finite_sample");
        boolean ok = hit >= 0.5 && ratio >= 2;
        String reading = String.format(Locale.ROOT, "%s hits a human top label on %.0f%% of %,d items [%.0f%%, %.0f%%] while its mean JSD, %s, is %.1f× the finite-sample floor: %s.",
                who(best), 100 * hit, (int) num(best, "n_items"), 100 * num(best, "top1_hit_ci_low"), 100 * num(best, "top1_hit_ci_high"),
                f3(num(best, "jsd_mean")), ratio, ok ? "the label is mostly right and the distribution is not"
                        : hit < 0.5 ? "here even the label is missed on most items" : "its distribution is close to the floor");
        return new Finding(2, claim, "best top-1 annotator", paper, hit, num(best, "top1_hit_ci_low"), num(best, "top1_hit_ci_high"),
                (int) num(best, "n_items"), who(best), ok ? Finding.SUPPORTED : Finding.CONTRADICTED, rule, reading);
    }

    Finding gapGrowsWithDisagreement() {
        String claim = "the gap grows with human disagreement";
        String paper = "JSD rises from full agreement to full disagreement (Kruskal–Wallis significant)";
        String rule = "supported when most annotators have a higher mean JSD on full-disagreement than on full-agreement items with Kruskal–Wallis p < 0.05 across the levels";
        List<Map<String, String>> all = pooled();
        int rising = 0, falling = 0, tested = 0;
        List<String> parts = new ArrayList<>();
        for (Map<String, String> r : all) {
            String m = r.get("model");
            ResultRows lv = levels.where("model", m).where("temperature", "pooled");
            ResultRows fa = lv.where("agreement_level", "full_agreement"), fd = lv.where("agreement_level", "full_disagreement");
            ResultRows kw = tests.where("test", "kruskal_wallis_agreement").where("model", m).where("temperature", "pooled");
            if (fa.isEmpty() || fd.isEmpty() || kw.isEmpty()) continue;
            tested++;
            double a = num(fa.rows().get(0), "jsd_mean"), d = num(fd.rows().get(0), "jsd_mean"), p = num(kw.rows().get(0), "p");
            if (d > a && p < ALPHA) rising++;
            if (d < a && p < ALPHA) falling++;
            parts.add(String.format(Locale.ROOT, "%s %s → %s (n = %d → %d, p = %.2g)", m, f3(a), f3(d), (int) num(fa.rows().get(0), "n_items"),
                    (int) num(fd.rows().get(0), "n_items"), p));
        }
        if (tested == 0) return Finding.notTestable(3, claim, "all annotators", paper, "no annotator has both full-agreement and full-disagreement items with a Kruskal–Wallis test", rule);
        boolean ok = rising * 2 > tested;
        String reading = String.format(Locale.ROOT, "JSD rises significantly with disagreement for %d of %d annotators and falls significantly for %d (full agreement → full disagreement: %s).",
                rising, tested, falling, String.join("; ", parts));
        return new Finding(3, claim, "all annotators", paper, rising / (double) tested, Double.NaN, Double.NaN, 0, who(all),
                ok ? Finding.SUPPORTED : Finding.CONTRADICTED, rule + " (this_run = share of annotators where it holds)", reading);
    }

    /** The items every one of these pooled annotators judged, in the first one's order. */
    private Set<String> commonItems(List<Map<String, String>> annotators) {
        Set<String> common = null;
        for (var r : annotators) {
            Set<String> ids = itemValues(r.get("model"), "jsd").keySet();
            if (common == null) common = new LinkedHashSet<>(ids);
            else common.retainAll(ids);
        }
        return common == null ? Set.of() : common;
    }

    /** Spearman ρ of human and model entropy of one annotator over the given items. */
    private double entropyRho(String model, Set<String> ids) {
        Map<String, Double> h = itemValues(model, "human_entropy"), m = itemValues(model, "model_entropy");
        return Correlations.spearman(ids.stream().mapToDouble(h::get).toArray(), ids.stream().mapToDouble(m::get).toArray()).r();
    }

    Finding entropyCorrelation() {
        String claim = "entropy correlation weak zero-shot, stronger after in-domain training";
        String paper = "Spearman ρ 0.20–0.24 for the LLMs, 0.47 for fine-tuned RoBERTa";
        String rule = "on the items every zero-shot annotator and head judged: supported when every zero-shot annotator's entropy ρ is below 0.3 and the best head's ρ exceeds the best zero-shot ρ";
        List<Map<String, String>> zs = pooled().stream().filter(r -> ZERO_SHOT.contains(r.get("kind"))).toList();
        List<Map<String, String>> heads = pooled().stream().filter(r -> r.get("kind").equals("head")).toList();
        if (zs.isEmpty() || heads.isEmpty()) return Finding.notTestable(4, claim, "zero-shot vs heads, common items", paper, "the run needs both zero-shot annotators and trained heads", rule);
        List<Map<String, String>> both = new ArrayList<>(zs);
        both.addAll(heads);
        Set<String> common = commonItems(both);
        if (common.size() < 10) return Finding.notTestable(4, claim, "zero-shot vs heads, common items", paper, "fewer than 10 items are judged by every zero-shot annotator and head", rule);
        Map<String, String> bz = zs.stream().max(Comparator.comparingDouble(r -> entropyRho(r.get("model"), common))).orElseThrow();
        Map<String, String> bh = heads.stream().max(Comparator.comparingDouble(r -> entropyRho(r.get("model"), common))).orElseThrow();
        double rz = entropyRho(bz.get("model"), common), rh = entropyRho(bh.get("model"), common);
        boolean weak = zs.stream().allMatch(r -> entropyRho(r.get("model"), common) < 0.3);
        boolean ok = weak && rh > rz;
        String reading = String.format(Locale.ROOT, "On the %,d items all of them judged, the best zero-shot entropy ρ is %s (%s) and the best head's %s (%s)%s.",
                common.size(), f3(rz), who(bz), f3(rh), who(bh), ok ? ": training helps the model follow how uncertain the humans are, as the paper found" : "");
        return new Finding(4, claim, "zero-shot vs heads, common items", paper, rh - rz, Double.NaN, Double.NaN, common.size(), who(bz) + "; " + who(bh),
                ok ? Finding.SUPPORTED : Finding.CONTRADICTED, rule + " (this_run = best head ρ − best zero-shot ρ)", reading);
    }

    Finding trainingOverScale() {
        String claim = "in-domain training closes more of the gap than model scale";
        String paper = "a fine-tuned RoBERTa (JSD ≈ 0.30) beats much larger zero-shot LLMs (≥ 0.45)";
        String rule = "on the items every encoder and head judged: supported when the mean JSD gain of a head over the zero-shot use of the same encoder "
                + "(bootstrap 95% CI above 0) exceeds the spread of zero-shot JSD across encoders of different size and precision";
        List<Map<String, String>> enc = pooled().stream().filter(r -> r.get("kind").equals("encoder")).toList();
        List<Map<String, String>> heads = pooled().stream().filter(r -> r.get("kind").equals("head")).toList();
        if (enc.size() < 2 || heads.isEmpty()) return Finding.notTestable(5, claim, "encoders vs heads, common items", paper, "the run needs two or more zero-shot encoders and a trained head", rule);
        Map<String, Map<String, Double>> jsd = new TreeMap<>();
        for (var r : enc) jsd.put(r.get("model"), itemValues(r.get("model"), "jsd"));
        for (var r : heads) jsd.put(r.get("model"), itemValues(r.get("model"), "jsd"));
        List<Map<String, String>> both = new ArrayList<>(enc);
        both.addAll(heads);
        Set<String> common = commonItems(both);
        if (common.size() < 10) return Finding.notTestable(5, claim, "encoders vs heads, common items", paper, "fewer than 10 items are judged by every encoder and head", rule);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (var r : enc) {
            double m = common.stream().mapToDouble(jsd.get(r.get("model"))::get).average().orElse(Double.NaN);
            lo = Math.min(lo, m);
            hi = Math.max(hi, m);
        }
        double spread = hi - lo;
        // the pair with the largest gain: a head and the zero-shot use of its encoder
        double bestGain = Double.NEGATIVE_INFINITY;
        Bootstrap.Interval bestCi = null;
        String bestPair = null;
        for (var h : heads) {
            String zsId = h.get("model").replace(":head", ":zero-shot");
            if (!jsd.containsKey(zsId)) continue;
            double[] d = common.stream().mapToDouble(id -> jsd.get(zsId).get(id) - jsd.get(h.get("model")).get(id)).toArray();
            Bootstrap.Interval ci = Bootstrap.meanCi(d, seed);
            if (ci.mean() > bestGain) { bestGain = ci.mean(); bestCi = ci; bestPair = h.get("model") + " vs " + zsId; }
        }
        if (bestCi == null) return Finding.notTestable(5, claim, "encoders vs heads, common items", paper, "no head has a zero-shot counterpart on the same encoder", rule);
        boolean ok = bestCi.low() > 0 && bestGain > spread;
        String reading = String.format(Locale.ROOT, "On the %,d items every encoder and head judged, training lowers the mean JSD by %s [%s, %s] (%s), "
                        + "while the zero-shot encoders differ among themselves by %s (from %s to %s): %s.", common.size(), f3(bestGain), f3(bestCi.low()),
                f3(bestCi.high()), bestPair, f3(spread), f3(lo), f3(hi), ok ? "training matters more than the encoder" : "the encoder matters as much as training");
        return new Finding(5, claim, "encoders vs heads, common items", paper, bestGain, bestCi.low(), bestCi.high(), common.size(),
                who(enc) + "; " + who(heads), ok ? Finding.SUPPORTED : Finding.CONTRADICTED, rule + " (this_run = JSD gain of training)", reading);
    }

    List<Finding> overConfidence() {
        String claim = "models are over-confident (model entropy below human entropy)";
        String paper = "LLM entropy below the humans' on most items";
        String rule = "per kind: supported when every annotator's mean model entropy is below the mean human entropy of its items, contradicted when any is above";
        List<Finding> out = new ArrayList<>();
        Map<String, List<Map<String, String>>> byKind = new TreeMap<>();
        for (var r : pooled()) byKind.computeIfAbsent(r.get("kind"), k -> new ArrayList<>()).add(r);
        if (!byKind.containsKey("llm")) {
            out.add(Finding.notTestable(6, claim, "LLMs", paper, "no LLM is configured, so no LLM judgment exists in this run", rule));
        }
        for (var e : byKind.entrySet()) {
            List<Map<String, String>> rs = e.getValue();
            boolean over = rs.stream().allMatch(r -> num(r, "model_entropy_mean") < num(r, "human_entropy_mean"));
            double lo = rs.stream().mapToDouble(r -> num(r, "model_entropy_mean")).min().orElse(Double.NaN);
            double hi = rs.stream().mapToDouble(r -> num(r, "model_entropy_mean")).max().orElse(Double.NaN);
            double human = rs.stream().mapToDouble(r -> num(r, "human_entropy_mean")).average().orElse(Double.NaN);
            String reading = String.format(Locale.ROOT, "%s: model entropy %s–%s bits against %s for the humans on the same items: %s%s.", e.getKey(), f3(lo), f3(hi), f3(human),
                    over ? "over-confident, as the paper finds for LLMs" : "under-confident, the opposite of the paper's finding",
                    e.getKey().equals("llm") ? "" : " (not an LLM)");
            out.add(new Finding(6, claim, e.getKey() + (e.getKey().equals("llm") ? "" : " (not an LLM)"), paper, hi - human, Double.NaN, Double.NaN, 0, who(rs),
                    over ? Finding.SUPPORTED : Finding.CONTRADICTED, rule + " (this_run = highest model entropy − human entropy, bits)", reading));
        }
        return out;
    }

    List<Finding> transparency() {
        String claim = "lexical transparency predicts per-category agreement";
        String paper = "a positive Spearman ρ between transparency and agreement";
        String rule = "supported when ρ > 0 with p < 0.05 over all categories and over those with ≥ 50 positive texts";
        List<Finding> out = new ArrayList<>();
        if (variants.isEmpty()) return List.of(Finding.notTestable(7, claim, "categories", paper, "notebook 05 has not written lexicon_variants.csv", rule));
        for (String v : List.of("emogap_token", "paper_substring")) {
            ResultRows rs = variants.where("variant", v);
            if (rs.rows().size() < 2 || rs.rows().stream().anyMatch(r -> Double.isNaN(num(r, "spearman")))) {
                out.add(Finding.notTestable(7, claim, v, paper, "no model agreement to correlate with", rule));
                continue;
            }
            Map<String, String> all = rs.rows().get(0), big = rs.rows().get(1);
            boolean ok = num(all, "spearman") > 0 && num(all, "p") < ALPHA && num(big, "spearman") > 0 && num(big, "p") < ALPHA;
            String lex = v.equals("emogap_token") ? "emogap's reproducible lexicon, token matching" : "the paper's lexicon, substring matching";
            String reading = String.format(Locale.ROOT, "With %s, ρ = %s (p = %.2g) over %d categories and %s (p = %.2g) over the %d with ≥ 50 positive texts: %s.", lex,
                    f3(num(all, "spearman")), num(all, "p"), (int) num(all, "n"), f3(num(big, "spearman")), num(big, "p"), (int) num(big, "n"),
                    ok ? "the more plainly a category is worded, the better the annotators agree with humans on it" : "no relation this run can tell from chance");
            out.add(new Finding(7, claim, lex, paper, num(all, "spearman"), Double.NaN, Double.NaN, 0, "agreement averaged over this run's annotators",
                    ok ? Finding.SUPPORTED : Finding.CONTRADICTED, rule, reading));
        }
        return out;
    }

    List<Finding> calibrationByKind() {
        String claim = "calibration lowers JSD by up to 14%, isotonic best";
        String paper = "up to 14% lower JSD; isotonic best (8–14% across models)";
        String rule = "per kind: supported when the best of the paper's three methods lowers every annotator's JSD and isotonic is that best method for most of them";
        List<Map<String, String>> rows = calibration.where(r -> !r.get("model").contains(" @ T=")).rows();
        if (rows.isEmpty()) return List.of(Finding.notTestable(8, claim, "all annotators", paper, "notebook 07 has not written calibration.csv", rule));
        Map<String, Map<String, Map<String, Double>>> byKind = new TreeMap<>(); // kind -> model -> method -> change
        for (var r : rows) {
            if (!List.of("temperature", "bias", "isotonic").contains(r.get("method"))) continue;
            byKind.computeIfAbsent(r.get("kind"), k -> new TreeMap<>()).computeIfAbsent(r.get("model"), k -> new LinkedHashMap<>()).put(r.get("method"), num(r, "change_pct"));
        }
        List<Finding> out = new ArrayList<>();
        if (!byKind.containsKey("llm")) out.add(Finding.notTestable(8, claim, "LLMs", paper, "no LLM is configured, so no LLM was calibrated", rule));
        for (var e : byKind.entrySet()) {
            int isoBest = 0;
            boolean allLower = true;
            double bestOverall = Double.POSITIVE_INFINITY, worst = Double.NEGATIVE_INFINITY;
            for (var m : e.getValue().values()) {
                var best = m.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
                if (best.getKey().equals("isotonic")) isoBest++;
                if (!(best.getValue() < 0)) allLower = false;
                bestOverall = Math.min(bestOverall, best.getValue());
                worst = Math.max(worst, best.getValue());
            }
            int n = e.getValue().size();
            boolean ok = allLower && isoBest * 2 > n;
            String reading = String.format(Locale.ROOT, "%s%s: the best of the paper's three methods changes the JSD by %s to %s across %d annotator(s); isotonic is best for %d of them%s.",
                    e.getKey(), e.getKey().equals("llm") ? "" : " (not an LLM)", pct(bestOverall), pct(worst), n, isoBest,
                    allLower ? "" : "; calibration makes at least one of them worse (a head trained on these labels is already fitted to them)");
            out.add(new Finding(8, claim, e.getKey() + (e.getKey().equals("llm") ? "" : " (not an LLM)"), paper, bestOverall, Double.NaN, Double.NaN, 0,
                    String.join("; ", e.getValue().keySet()), ok ? Finding.SUPPORTED : Finding.CONTRADICTED, rule + " (this_run = largest JSD change, %)", reading));
        }
        return out;
    }

    Finding emoBank() {
        String claim = "EmoBank: valence best, arousal and dominance weak; model means compressed";
        String paper = "Pearson r V 0.486–0.669, A 0.188–0.342, D ≤ 0.34; SD of model means 0.24–0.34 vs 0.48–0.68 for humans";
        String rule = "supported when for most annotators valence has the highest Pearson r of the three dimensions and the SD of model means is below the humans' (compression < 1)";
        List<Map<String, String>> rs = vad.where("perspective", "reader").where(r -> !r.get("kind").equals("human")
                && (r.get("temperature").equals("pooled") || r.get("temperature").isEmpty())).rows();
        Map<String, Map<String, Map<String, String>>> byModel = new TreeMap<>();
        for (var r : rs) byModel.computeIfAbsent(r.get("model") + " (" + r.get("kind") + ")", k -> new LinkedHashMap<>()).put(r.get("dimension"), r);
        byModel.values().removeIf(m -> m.size() < 3);
        if (byModel.isEmpty()) return Finding.notTestable(9, claim, "EmoBank annotators", paper, "no EmoBank annotator has judged the core set", rule);
        int valenceBest = 0, compressed = 0;
        Map<String, String> bestV = null;
        for (var m : byModel.values()) {
            double v = num(m.get("valence"), "pearson"), a = num(m.get("arousal"), "pearson"), d = num(m.get("dominance"), "pearson");
            if (v > a && v > d) valenceBest++;
            if (num(m.get("valence"), "compression") < 1) compressed++;
            if (bestV == null || v > num(bestV, "pearson")) bestV = m.get("valence");
        }
        int n = byModel.size();
        boolean ok = valenceBest * 2 > n && compressed * 2 > n;
        String reading = String.format(Locale.ROOT, "Valence is the best dimension for %d of %d annotators and valence means are compressed for %d; the best valence r is %s [%s, %s] (%s, %,d texts).",
                valenceBest, n, compressed, f3(num(bestV, "pearson")), f3(num(bestV, "pearson_ci_low")), f3(num(bestV, "pearson_ci_high")), who(bestV), (int) num(bestV, "n_items"));
        return new Finding(9, claim, "EmoBank annotators (reader)", paper, num(bestV, "pearson"), num(bestV, "pearson_ci_low"), num(bestV, "pearson_ci_high"),
                (int) num(bestV, "n_items"), String.join("; ", byModel.keySet()), ok ? Finding.SUPPORTED : Finding.CONTRADICTED, rule + " (this_run = best valence r)", reading);
    }

    Finding temperature() {
        String claim = "a higher temperature spreads the answers but does not close the gap";
        String paper = "— (the paper samples at T = 0, 0.3, 0.7, 1.0)";
        String rule = "supported when, for every annotator sampled at several temperatures, model entropy is higher at the highest T than at the lowest and the lowest mean JSD over temperatures is still at least twice the finite-sample floor";
        Map<String, List<Map<String, String>>> byModel = new TreeMap<>();
        for (var r : summary.rows()) if (!r.get("temperature").equals("pooled") && !r.get("temperature").isEmpty()) byModel.computeIfAbsent(r.get("model"), k -> new ArrayList<>()).add(r);
        byModel.values().removeIf(l -> l.size() < 2);
        if (byModel.isEmpty()) return Finding.notTestable(10, claim, "sampled annotators", paper, "no annotator was sampled at two or more temperatures", rule);
        boolean ok = true;
        List<String> parts = new ArrayList<>();
        String kinds = "";
        double firstGap = Double.NaN;
        for (var e : byModel.entrySet()) {
            List<Map<String, String>> l = new ArrayList<>(e.getValue());
            l.sort(Comparator.comparingDouble(r -> Double.parseDouble(r.get("temperature"))));
            Map<String, String> lo = l.get(0), hi = l.get(l.size() - 1);
            double minJsd = l.stream().mapToDouble(r -> num(r, "jsd_mean")).min().orElse(Double.NaN);
            boolean spreads = num(hi, "model_entropy_mean") > num(lo, "model_entropy_mean");
            boolean gap = minJsd >= 2 * num(lo, "jsd_floor_finite_sample");
            ok &= spreads && gap;
            if (Double.isNaN(firstGap)) firstGap = num(hi, "model_entropy_mean") - num(lo, "model_entropy_mean");
            kinds = who(lo);
            parts.add(String.format(Locale.ROOT, "%s: entropy %s → %s bits and JSD %s → %s from T = %s to %s (humans %s bits; lowest JSD %.1f× the floor)",
                    who(lo), f3(num(lo, "model_entropy_mean")), f3(num(hi, "model_entropy_mean")), f3(num(lo, "jsd_mean")), f3(num(hi, "jsd_mean")),
                    lo.get("temperature"), hi.get("temperature"), f3(num(lo, "human_entropy_mean")), minJsd / num(lo, "jsd_floor_finite_sample")));
        }
        return new Finding(10, claim, "sampled annotators", paper, firstGap, Double.NaN, Double.NaN, 0, byModel.size() == 1 ? kinds : String.join("; ", byModel.keySet()),
                ok ? Finding.SUPPORTED : Finding.CONTRADICTED, rule + " (this_run = entropy rise from lowest to highest T, bits)", String.join("; ", parts) + ".");
    }

    /** The results folder the findings were read from. */
    public Path results() {
        return results;
    }
}
