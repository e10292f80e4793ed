package org.emogap.encoder;

import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Seeded subsets of training data, shared by the heads. */
final class HeadData {
    private HeadData() {}

    /**
     * All items when {@code max <= 0} or there are no more than {@code max}; else {@code max} items
     * drawn without replacement: sorted by id (so input order does not matter), shuffled with a
     * Well19937c generator seeded with {@code seed}, the first {@code max} taken, kept in id order.
     */
    static <T> List<T> subset(List<T> items, int max, long seed, Function<T, String> id) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(id));
        if (max <= 0 || sorted.size() <= max) return sorted;
        int[] idx = new int[sorted.size()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        MathArrays.shuffle(idx, new Well19937c(seed));
        int[] chosen = java.util.Arrays.copyOf(idx, max);
        java.util.Arrays.sort(chosen);
        List<T> out = new ArrayList<>(max);
        for (int i : chosen) out.add(sorted.get(i));
        return out;
    }

    static String describe(int used, int available, int max, long seed) {
        return used == available ? "all " + available : used + " of " + available + " (seeded subset, Well19937c seed " + seed + ")";
    }

    /** Refuses an evaluation set that holds a training row: a head is scored on held-out items only. */
    static <T> void requireHeldOut(List<T> test, java.util.Set<String> trainIds, Function<T, String> id) {
        for (T t : test) {
            if (trainIds.contains(id.apply(t))) {
                throw new IllegalArgumentException("item " + id.apply(t) + " was a training row; evaluate on held-out items only");
            }
        }
    }
}
