package org.emogap.judgment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One annotator's GoEmotions judgments at one temperature (or pooled over all its samples), in
 * plain arrays aligned by item id.
 *
 * @param model       annotator id
 * @param kind        "llm", "encoder", "head", … (every table says which)
 * @param temperature a {@link Temperature#label()}: "0.0", "0.7", … or "pooled" for all samples of the annotator
 * @param valueType   "rates" or "distribution"
 * @param ids         item ids, unique
 * @param values      n×k; rates (share of usable samples per label) or a probability vector
 * @param nSamples    samples requested per item
 * @param nFailed     samples that could not be used per item
 */
public record ModelItems(String model, String kind, String temperature, String valueType, String[] ids,
                         double[] values, int[] nSamples, int[] nFailed) {
    public ModelItems {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        Temperature.parse(Objects.requireNonNull(temperature, "temperature")); // refuses any other text form
        if (!valueType.equals("rates") && !valueType.equals("distribution")) {
            throw new IllegalArgumentException(model + ": value type '" + valueType + "' cannot be compared with GoEmotions rates");
        }
        int n = ids.length;
        if (n == 0 || values.length % n != 0) throw new IllegalArgumentException(model + ": " + values.length + " values for " + n + " items");
        if (nSamples.length != n || nFailed.length != n) throw new IllegalArgumentException(model + ": per-item arrays differ from " + n + " ids");
        values = values.clone();
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            // a softmax can round to 1 + 1e-16; anything further out is a bug upstream
            if (!(v >= -1e-9 && v <= 1 + 1e-9)) {
                throw new IllegalArgumentException(model + " T=" + temperature + ", item " + ids[i / (values.length / n)] + ": value " + v + " is not in [0, 1]");
            }
            values[i] = Math.min(1.0, Math.max(0.0, v));
        }
        ids = ids.clone();
        nSamples = nSamples.clone();
        nFailed = nFailed.clone();
    }

    public int n() {
        return ids.length;
    }

    public int k() {
        return values.length / ids.length;
    }

    @Override public String[] ids() { return ids.clone(); }
    @Override public double[] values() { return values.clone(); }
    @Override public int[] nSamples() { return nSamples.clone(); }
    @Override public int[] nFailed() { return nFailed.clone(); }

    /** Views without copies, for the comparison's hot loops: callers must not write into them. */
    public double[] valuesRef() { return values; }
    public int nSamplesRef(int i) { return nSamples[i]; }
    public int nFailedRef(int i) { return nFailed[i]; }
    public String idRef(int i) { return ids[i]; }

    /**
     * Groups GoEmotions judgments by (model, temperature), in model order then temperature. An
     * annotator with judgments at several temperatures and no pooled rows also gets a pooled group:
     * per item, the mean of its temperatures' values weighted by usable samples (so it equals the
     * rate over all usable samples). Human judgments and EmoBank judgments are skipped, and so are
     * judgments of items the annotator was trained on ({@link Judgment#inTraining()}): a trained head
     * is compared only on items outside its training split, so its rows have fewer items and the
     * summaries count the rest as missing. A model whose vectors do not have {@code k} entries is refused.
     */
    public static List<ModelItems> fromJudgments(List<Judgment> judgments, int k) {
        Map<String, Map<String, List<Judgment>>> by = new TreeMap<>();
        for (Judgment j : judgments) {
            if (!j.dataset().equals("goemotions") || j.kind().equals("human") || j.inTraining()) continue;
            if (j.values().length != k) {
                throw new IllegalArgumentException(j.model() + ", item " + j.itemId() + ": " + j.values().length + " values, label set has " + k);
            }
            by.computeIfAbsent(j.model(), m -> new TreeMap<>(Temperature::compareLabels))
                    .computeIfAbsent(Temperature.label(j.temperature()), t -> new ArrayList<>()).add(j);
        }
        List<ModelItems> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Judgment>>> m : by.entrySet()) {
            Map<String, List<Judgment>> temps = m.getValue();
            for (Map.Entry<String, List<Judgment>> t : temps.entrySet()) out.add(of(m.getKey(), t.getKey(), t.getValue(), k));
            if (!temps.containsKey(Temperature.POOLED_LABEL) && temps.size() > 1) out.add(pool(m.getKey(), temps, k));
        }
        return out;
    }

    private static ModelItems of(String model, String temperature, List<Judgment> js, int k) {
        List<Judgment> sorted = new ArrayList<>(js);
        sorted.sort((a, b) -> a.itemId().compareTo(b.itemId()));
        int n = sorted.size();
        String[] ids = new String[n];
        double[] v = new double[n * k];
        int[] ns = new int[n], nf = new int[n];
        String kind = sorted.get(0).kind(), type = sorted.get(0).valueType();
        for (int i = 0; i < n; i++) {
            Judgment j = sorted.get(i);
            if (!j.kind().equals(kind) || !j.valueType().equals(type)) {
                throw new IllegalArgumentException(model + " T=" + temperature + ": mixes " + kind + "/" + type + " with " + j.kind() + "/" + j.valueType());
            }
            if (i > 0 && ids[i - 1].equals(j.itemId())) throw new IllegalArgumentException(model + " T=" + temperature + ": item " + j.itemId() + " judged twice");
            ids[i] = j.itemId();
            System.arraycopy(j.values(), 0, v, i * k, k);
            ns[i] = j.nSamples();
            nf[i] = j.nFailed();
        }
        return new ModelItems(model, kind, temperature, type, ids, v, ns, nf);
    }

    /** The pooled group: {@link Pooling} per item; an item with no usable sample keeps its counts and zero values. */
    private static ModelItems pool(String model, Map<String, List<Judgment>> temps, int k) {
        Map<String, List<Judgment>> byItem = new TreeMap<>();
        for (List<Judgment> js : temps.values()) for (Judgment j : js) byItem.computeIfAbsent(j.itemId(), x -> new ArrayList<>()).add(j);
        List<Judgment> pooled = new ArrayList<>();
        for (List<Judgment> parts : byItem.values()) {
            Judgment p = Pooling.pool(parts);
            if (p == null) {
                Judgment f = parts.get(0);
                int ns = parts.stream().mapToInt(Judgment::nSamples).sum(), nf = parts.stream().mapToInt(Judgment::nFailed).sum();
                p = new Judgment(f.dataset(), f.model(), f.kind(), Double.NaN, f.itemId(), f.valueType(), new double[k], null, ns, nf, f.inTraining(), f.provenance());
            }
            pooled.add(p);
        }
        return of(model, Temperature.POOLED_LABEL, pooled, k);
    }

    /** Row of each id. */
    public Map<String, Integer> index() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) m.put(ids[i], i);
        return m;
    }

    @Override public String toString() {
        return "ModelItems[" + model + " (" + kind + "), T=" + temperature + ", " + valueType + ", " + ids.length + " items]";
    }

    @Override public boolean equals(Object o) {
        return o instanceof ModelItems m && model.equals(m.model) && kind.equals(m.kind) && temperature.equals(m.temperature)
                && valueType.equals(m.valueType) && Arrays.equals(ids, m.ids) && Arrays.equals(values, m.values)
                && Arrays.equals(nSamples, m.nSamples) && Arrays.equals(nFailed, m.nFailed);
    }

    @Override public int hashCode() {
        return Objects.hash(model, temperature, Arrays.hashCode(values));
    }
}
