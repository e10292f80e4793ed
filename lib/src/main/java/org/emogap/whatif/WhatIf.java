package org.emogap.whatif;

import org.emogap.calibrate.CalibrationInput;
import org.emogap.data.GoComment;
import org.emogap.dist.Divergences;
import org.emogap.dist.LabelGrouping;
import org.emogap.dist.Rows;
import org.emogap.judgment.JudgmentPool;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The what-if questions of notebook 08, from stored judgments only: the same comparison at another
 * label granularity, temperature subset, core-set composition or sample count. Items an annotator
 * saw in training are always left out.
 */
public final class WhatIf {
    private WhatIf() {}

    /**
     * A model's vector at a label grouping: with samples, the mean over samples of "any label of the
     * group" (a sample that ticks joy and love counts once for positive); without, its values summed
     * per group.
     */
    public static double[] modelVector(JudgmentPool.Pooled p, LabelGrouping g) {
        double[][] samples = p.samples();
        if (samples.length == 0) return g.sumRows(p.values());
        double[] out = new double[g.size()];
        for (double[] s : samples) {
            double[] a = g.anyOf(s);
            for (int j = 0; j < out.length; j++) out[j] += a[j] / samples.length;
        }
        return out;
    }

    /** Each comment's rater rates at the grouping (share of raters who ticked any label of each group). */
    public static Map<String, double[]> humanVectors(List<GoComment> comments, LabelGrouping g) {
        Map<String, double[]> out = new HashMap<>();
        for (GoComment c : comments) out.put(c.id(), g.raterRates(c.ratings()));
        return out;
    }

    /** One model's aligned input at a grouping, over {@code ids} (in order), training items left out. */
    public static CalibrationInput input(String model, Map<String, JudgmentPool.Pooled> items, List<String> ids,
                                         Map<String, double[]> human, Map<String, String> agreement, LabelGrouping g) {
        Map<String, double[]> values = new HashMap<>();
        String kind = "";
        for (JudgmentPool.Pooled p : items.values()) {
            kind = p.kind();
            if (!p.inTraining() && p.values().length == g.fineLabels().size()) values.put(p.itemId(), modelVector(p, g));
        }
        return CalibrationInput.align(model, kind, ids, values, human, agreement, g.size());
    }

    /**
     * Mean JSD and mean entropies per model: {@code model, kind, setting, n_items, mean_jsd,
     * mean_entropy_human, mean_entropy_model}.
     */
    public static Table jsdByModel(Map<String, Map<String, JudgmentPool.Pooled>> pooled, List<String> ids,
                                   Map<String, double[]> human, LabelGrouping g, String setting) {
        StringColumn model = StringColumn.create("model"), kind = StringColumn.create("kind"), set = StringColumn.create("setting");
        IntColumn n = IntColumn.create("n_items");
        DoubleColumn jsd = DoubleColumn.create("mean_jsd"), eh = DoubleColumn.create("mean_entropy_human"),
                em = DoubleColumn.create("mean_entropy_model");
        for (Map.Entry<String, Map<String, JudgmentPool.Pooled>> e : pooled.entrySet()) {
            CalibrationInput in = input(e.getKey(), e.getValue(), ids, human, null, g);
            if (in.n() == 0) continue;
            model.append(e.getKey());
            kind.append(in.kind());
            set.append(setting);
            n.append(in.n());
            jsd.append(Rows.meanJsd(in.modelRows(), in.humanRows(), g.size()));
            eh.append(Rows.mean(Divergences.entropyRows(in.humanRows(), g.size())));
            em.append(Rows.mean(Divergences.entropyRows(in.modelRows(), g.size())));
        }
        return Table.create("mean JSD " + setting, model, kind, set, n, jsd, eh, em);
    }

    /**
     * The sample-size curve of one model over {@code ids}: from its stored samples ("sampled") or,
     * for a point annotator, from {@code drawn} samples drawn from its vector ("drawn").
     */
    public static SampleConvergence.Curve convergence(Map<String, JudgmentPool.Pooled> items, List<String> ids,
                                                      Map<String, double[]> human, LabelGrouping g, int[] sizes,
                                                      int reps, int drawn, long seed) {
        List<double[][]> samples = new ArrayList<>();
        List<double[]> humans = new ArrayList<>();
        boolean anyDrawn = false;
        Random rnd = new Random(seed);
        for (String id : ids) {
            JudgmentPool.Pooled p = items.get(id);
            if (p == null || p.inTraining() || !human.containsKey(id) || p.values().length != g.fineLabels().size()) continue;
            double[][] s = p.samples();
            if (s.length == 0) {
                s = SampleConvergence.draw(p.values(), p.valueType(), drawn, rnd);
                anyDrawn = true;
            }
            double[][] grouped = new double[s.length][];
            for (int i = 0; i < s.length; i++) grouped[i] = g.anyOf(s[i]);
            samples.add(grouped);
            humans.add(human.get(id));
        }
        return SampleConvergence.curve(samples, humans, sizes, reps, seed, anyDrawn ? "drawn" : "sampled");
    }
}
