package org.emogap.judgment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoublePredicate;

/**
 * Pools the stored judgments of each (model, item) over a chosen set of temperatures, so an
 * analysis can ask "what if we had only sampled at T = 0.7?" without calling a model again.
 * A model's per-temperature rows are pooled by {@link Pooling}. Rows without a temperature (deterministic
 * annotators, or pre-pooled rows) are used only when the model has no per-temperature rows, and
 * then whatever the temperature choice.
 */
public final class JudgmentPool {
    private JudgmentPool() {}

    /** One model's pooled judgment of one item. */
    public record Pooled(String model, String kind, String itemId, String valueType, double[] values,
                         double[][] samples, int nUsed, boolean inTraining) {
        public Pooled {
            values = values.clone();
            samples = samples.clone();
        }

        @Override public double[] values() { return values.clone(); }

        @Override public double[][] samples() { return samples.clone(); }
    }

    /** model → item id → pooled judgment, models and items in name order. */
    public static Map<String, Map<String, Pooled>> byModel(List<Judgment> judgments, DoublePredicate temperature) {
        Map<String, List<Judgment>> perModel = new TreeMap<>();
        for (Judgment j : judgments) perModel.computeIfAbsent(j.model(), m -> new ArrayList<>()).add(j);
        Map<String, Map<String, Pooled>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Judgment>> e : perModel.entrySet()) {
            boolean hasTemperatures = e.getValue().stream().anyMatch(j -> !Double.isNaN(j.temperature()));
            Map<String, List<Judgment>> perItem = new TreeMap<>();
            for (Judgment j : e.getValue()) {
                boolean keep = hasTemperatures ? !Double.isNaN(j.temperature()) && temperature.test(j.temperature())
                        : Double.isNaN(j.temperature());
                if (keep) perItem.computeIfAbsent(j.itemId(), i -> new ArrayList<>()).add(j);
            }
            Map<String, Pooled> items = new LinkedHashMap<>();
            for (Map.Entry<String, List<Judgment>> ie : perItem.entrySet()) {
                Pooled p = pool(ie.getValue());
                if (p != null) items.put(ie.getKey(), p);
            }
            if (!items.isEmpty()) out.put(e.getKey(), items);
        }
        return out;
    }

    /** Pools rows of one (model, item) with {@link Pooling}; null when none has a usable sample. */
    static Pooled pool(List<Judgment> rows) {
        Judgment p = Pooling.pool(rows);
        if (p == null) return null;
        return new Pooled(p.model(), p.kind(), p.itemId(), p.valueType(), p.values(), p.samples(), p.nSamples() - p.nFailed(), p.inTraining());
    }
}
