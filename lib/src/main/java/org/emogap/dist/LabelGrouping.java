package org.emogap.dist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A coarser label set: each fine label belongs to exactly one group (GoEmotions' 28 labels to
 * Ekman's 6 + neutral, or to sentiment positive/negative/ambiguous + neutral). Distributions are
 * regrouped by summing their shares; multi-hot votes (a rater, an LLM sample) by "any label of the
 * group", which is how a rater who ticked two joy-like labels counts once for joy.
 */
public final class LabelGrouping {
    private final String name;
    private final List<String> fine, groups;
    private final int[] groupOf;

    private LabelGrouping(String name, List<String> fine, List<String> groups, int[] groupOf) {
        this.name = name;
        this.fine = List.copyOf(fine);
        this.groups = List.copyOf(groups);
        this.groupOf = groupOf.clone();
    }

    /** No regrouping: every label is its own group. */
    public static LabelGrouping identity(String name, List<String> labels) {
        return new LabelGrouping(name, labels, labels, java.util.stream.IntStream.range(0, labels.size()).toArray());
    }

    /**
     * From a mapping group → fine labels. Fine labels the mapping leaves out (GoEmotions' neutral in
     * both published mappings) keep a group of their own, after the mapping's groups.
     */
    public static LabelGrouping of(String name, List<String> labels, Map<String, List<String>> mapping) {
        List<String> groups = new ArrayList<>(mapping.keySet());
        int[] groupOf = new int[labels.size()];
        Arrays.fill(groupOf, -1);
        int g = 0;
        for (Map.Entry<String, List<String>> e : mapping.entrySet()) {
            for (String label : e.getValue()) {
                int i = labels.indexOf(label);
                if (i < 0) throw new IllegalArgumentException("group '" + e.getKey() + "' names unknown label '" + label + "'");
                if (groupOf[i] >= 0) {
                    throw new IllegalArgumentException("label '" + label + "' is in both '" + groups.get(groupOf[i]) + "' and '" + e.getKey() + "'");
                }
                groupOf[i] = g;
            }
            g++;
        }
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] < 0) {
                groupOf[i] = groups.size();
                groups.add(labels.get(i));
            }
        }
        return new LabelGrouping(name, labels, groups, groupOf);
    }

    /** Reads a JSON object {@code {"group": ["label", ...], ...}} (ekman_mapping.json, sentiment_dict.json). */
    public static LabelGrouping fromJson(String name, List<String> labels, Path json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(json + ": cannot read label grouping: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException(json + ": expected a JSON object of group -> labels");
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isArray()) throw new IllegalArgumentException(json + ": group '" + e.getKey() + "' is not a list of labels");
            List<String> ls = new ArrayList<>();
            e.getValue().forEach(v -> ls.add(v.asText()));
            mapping.put(e.getKey(), ls);
        }
        try {
            return of(name, labels, mapping);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(json + ": " + e.getMessage(), e);
        }
    }

    public String name() { return name; }

    public List<String> fineLabels() { return fine; }

    public List<String> groups() { return groups; }

    public int size() { return groups.size(); }

    /** The group index of fine label i. */
    public int groupOf(int i) { return groupOf[i]; }

    /** Sums the fine shares of every row of an n×k matrix into an n×g matrix. */
    public double[] sumRows(double[] rows) {
        int k = fine.size(), g = groups.size();
        if (rows.length % k != 0) throw new IllegalArgumentException(rows.length + " values are not rows of " + k + " labels");
        double[] out = new double[rows.length / k * g];
        for (int r = 0, n = rows.length / k; r < n; r++) {
            for (int j = 0; j < k; j++) out[r * g + groupOf[j]] += rows[r * k + j];
        }
        return out;
    }

    /** One multi-hot vote (values > 0 count as ticked) regrouped: 1 for every group with a ticked label. */
    public double[] anyOf(double[] vote) {
        if (vote.length != fine.size()) throw new IllegalArgumentException("vote has " + vote.length + " labels, grouping has " + fine.size());
        double[] out = new double[groups.size()];
        for (int j = 0; j < vote.length; j++) if (vote[j] > 0) out[groupOf[j]] = 1;
        return out;
    }

    /**
     * Group rates of one item's raters: ratings row-major nRaters×k of 0/1 (GoComment.ratings()),
     * the share of raters who ticked any label of each group.
     */
    public double[] raterRates(byte[] ratings) {
        int k = fine.size(), g = groups.size();
        if (ratings.length % k != 0 || ratings.length == 0) throw new IllegalArgumentException(ratings.length + " ratings are not rows of " + k);
        int n = ratings.length / k;
        double[] out = new double[g];
        boolean[] hit = new boolean[g];
        for (int r = 0; r < n; r++) {
            Arrays.fill(hit, false);
            for (int j = 0; j < k; j++) if (ratings[r * k + j] != 0) hit[groupOf[j]] = true;
            for (int x = 0; x < g; x++) if (hit[x]) out[x] += 1.0 / n;
        }
        return out;
    }

    @Override public String toString() { return name + " (" + fine.size() + " -> " + groups.size() + ": " + groups + ")"; }
}
