package org.emogap.judgment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups EmoBank judgments into {@link VadModelRun}s: one per model and temperature, plus a pooled run per sampled model. */
public final class VadModels {
    private VadModels() {}

    /**
     * The runs in stable order: by model id, then temperatures ascending, then pooled (a
     * deterministic annotator's one run is "pooled" too). A model judged at two or more temperatures
     * also gets a pooled run ({@link Pooling}: all its samples, the paper's main results pool all
     * 40; the mean over every usable sample). A text in training at any temperature counts as in training.
     * When a model's file already holds pooled rows (no temperature, next to rows with one), they
     * are its pooled run and nothing is pooled again. A judgment whose every sample failed is
     * skipped: its values stand for nothing.
     */
    public static List<VadModelRun> runs(List<Judgment> judgments) {
        Map<String, String> kinds = new TreeMap<>();
        Map<String, TreeMap<Double, Map<String, Judgment>>> byModel = new TreeMap<>();
        for (Judgment j : judgments) {
            // every sample failed: the values stand for nothing
            if (j.nSamples() > 0 && j.nFailed() == j.nSamples()) continue;
            if (!j.dataset().equals("emobank")) {
                throw new IllegalArgumentException("judgment of dataset " + j.dataset() + " among EmoBank judgments: " + j);
            }
            if (!j.valueType().equals("vad")) {
                throw new IllegalArgumentException("EmoBank judgment with value type " + j.valueType() + ", expected vad: " + j);
            }
            String kind = kinds.putIfAbsent(j.model(), j.kind());
            if (kind != null && !kind.equals(j.kind())) {
                throw new IllegalArgumentException("model " + j.model() + " is both " + kind + " and " + j.kind());
            }
            // NaN (deterministic) sorts first as -1; temperatures are never negative
            double key = Double.isNaN(j.temperature()) ? -1 : j.temperature();
            Judgment old = byModel.computeIfAbsent(j.model(), m -> new TreeMap<>())
                    .computeIfAbsent(key, t -> new LinkedHashMap<>()).put(j.itemId(), j);
            if (old != null) {
                throw new IllegalArgumentException("model " + j.model() + " judged text " + j.itemId()
                        + " twice at temperature " + j.temperature());
            }
        }
        List<VadModelRun> out = new ArrayList<>();
        byModel.forEach((model, byTemp) -> {
            String kind = kinds.get(model);
            // rows without a temperature next to rows with one are the annotator's own pooled rows
            boolean storedPool = byTemp.size() > 1 && byTemp.containsKey(-1.0);
            byTemp.forEach((t, items) -> {
                Map<String, VadModelItem> m = new TreeMap<>();
                items.forEach((id, j) -> m.put(id, new VadModelItem(id, j.values(), j.samples(), j.inTraining())));
                out.add(new VadModelRun(model, kind, Temperature.label(t >= 0 ? t : Double.NaN), m));
            });
            if (byTemp.size() > 1 && !storedPool) out.add(pooled(model, kind, byTemp));
        });
        out.sort(Comparator.comparing(VadModelRun::model).thenComparing(VadModels::temperatureOrder));
        return out;
    }

    /**
     * One run per model, the one the paper's main tables use: its pooled run, else its only run
     * (a deterministic annotator, or a model judged at a single temperature).
     */
    public static List<VadModelRun> main(List<VadModelRun> runs) {
        Map<String, List<VadModelRun>> byModel = new LinkedHashMap<>();
        for (VadModelRun r : runs) byModel.computeIfAbsent(r.model(), k -> new ArrayList<>()).add(r);
        List<VadModelRun> out = new ArrayList<>();
        byModel.forEach((model, rs) -> out.add(rs.size() == 1 ? rs.get(0)
                : rs.stream().filter(r -> r.temperature().equals(Temperature.POOLED_LABEL)).findFirst().orElse(rs.get(rs.size() - 1))));
        return out;
    }

    private static Temperature temperatureOrder(VadModelRun r) {
        return Temperature.parse(r.temperature());
    }

    private static VadModelRun pooled(String model, String kind, TreeMap<Double, Map<String, Judgment>> byTemp) {
        Map<String, List<Judgment>> byItem = new TreeMap<>();
        byTemp.values().forEach(items -> items.forEach((id, j) -> byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(j)));
        Map<String, VadModelItem> m = new TreeMap<>();
        byItem.forEach((id, parts) -> {
            Judgment p = Pooling.pool(parts);
            if (p != null) m.put(id, new VadModelItem(id, p.values(), p.samples(), p.inTraining()));
        });
        return new VadModelRun(model, kind, Temperature.POOLED_LABEL, m);
    }
}
