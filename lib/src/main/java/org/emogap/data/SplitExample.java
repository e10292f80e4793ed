package org.emogap.data;

import java.util.Arrays;
import java.util.Objects;

/** One row of the official aggregated GoEmotions splits: labels chosen by 2+ raters, as indices. */
public record SplitExample(String id, String text, int[] labels) {
    public SplitExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        for (int l : labels) {
            if (l < 0 || l >= GoEmotions.K) throw new IllegalArgumentException("label index " + l + " out of range 0.." + (GoEmotions.K - 1));
        }
        labels = labels.clone();
    }

    @Override public int[] labels() { return labels.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof SplitExample s && id.equals(s.id) && text.equals(s.text) && Arrays.equals(labels, s.labels);
    }

    @Override public int hashCode() { return Objects.hash(id, text, Arrays.hashCode(labels)); }

    @Override public String toString() { return "SplitExample[id=" + id + ", labels=" + Arrays.toString(labels) + "]"; }
}
