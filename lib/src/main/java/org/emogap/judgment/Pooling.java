package org.emogap.judgment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one pooling step: the judgments of one (annotator, item) at several temperatures become
 * one judgment over all their samples. Values are the mean of the parts' values weighted by their
 * usable samples (nSamples − nFailed), which is the mean over every usable sample; samples are
 * concatenated; nSamples and nFailed add up; the item counts as in training if any part is. Parts
 * without a usable sample add to the counts only. Parts are summed in temperature order, so the
 * result does not depend on the order they are given in. The pooled judgment has temperature NaN
 * ({@link Temperature#POOLED}) and provenance {@code pooled=true} with the temperatures pooled.
 */
public final class Pooling {
    private Pooling() {}

    /** Pools the parts (same dataset, annotator, item and value type); null when no part has a usable sample. */
    public static Judgment pool(List<Judgment> given) {
        if (given.isEmpty()) throw new IllegalArgumentException("nothing to pool");
        // summed in temperature order, whatever order the caller holds them in, so every pooled
        // value (and every entropy and ρ computed from it) is the same number in every table
        List<Judgment> parts = new ArrayList<>(given);
        parts.sort(java.util.Comparator.comparingDouble(Judgment::temperature));
        Judgment first = parts.get(0);
        int k = first.values().length, used = 0, total = 0, failed = 0;
        double[] sum = new double[k];
        List<double[]> samples = new ArrayList<>();
        boolean inTraining = false;
        TreeSet<Double> temps = new TreeSet<>();
        Map<String, String> prov = new TreeMap<>(first.provenance());
        for (Judgment j : parts) {
            if (!j.model().equals(first.model()) || !j.itemId().equals(first.itemId()) || !j.dataset().equals(first.dataset())
                    || !j.valueType().equals(first.valueType()) || j.values().length != k) {
                throw new IllegalArgumentException("cannot pool " + j.model() + "/" + j.itemId() + " (" + j.valueType() + ", "
                        + j.values().length + " values) with " + first.model() + "/" + first.itemId() + " (" + first.valueType() + ", " + k + ")");
            }
            total += j.nSamples();
            failed += j.nFailed();
            if (!Double.isNaN(j.temperature())) temps.add(j.temperature());
            int w = j.nSamples() - j.nFailed();
            if (w <= 0) continue;
            double[] v = j.values();
            for (int i = 0; i < k; i++) sum[i] += w * v[i];
            used += w;
            samples.addAll(List.of(j.samples()));
            inTraining |= j.inTraining();
        }
        if (used == 0) return null;
        for (int i = 0; i < k; i++) sum[i] /= used;
        if (!first.valueType().equals("vad")) for (int i = 0; i < k; i++) sum[i] = Math.min(1.0, sum[i]);
        prov.put("pooled", "true");
        prov.put("temperatures", String.join(",", temps.stream().map(Temperature::label).toList()));
        return new Judgment(first.dataset(), first.model(), first.kind(), Double.NaN, first.itemId(), first.valueType(), sum,
                samples.toArray(double[][]::new), total, failed, inTraining, prov);
    }
}
