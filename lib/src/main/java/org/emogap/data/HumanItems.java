package org.emogap.data;

import org.emogap.dist.Divergences;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The human side of a GoEmotions comparison in plain arrays, one row per item in a fixed order.
 *
 * @param labels      label names, emotions.txt order (k of them)
 * @param ids         item ids, unique
 * @param rates       n×k row-major share of raters per label
 * @param nRaters     raters per item
 * @param agreement   agreement level label per item ("full_agreement", "partial_agreement", "full_disagreement")
 * @param ratings     per item its raters' labels, row-major nRaters×k 0/1; may be an empty array per
 *                    item when per-rater data is not kept (then no split-half floor for it)
 * @param raterSource which per-rater files the humans came from (e.g. "canonical")
 * @param coreSet     which core set the items are (e.g. "core-seed42" or an id-file name)
 */
public record HumanItems(List<String> labels, String[] ids, double[] rates, int[] nRaters, String[] agreement,
                         byte[][] ratings, String raterSource, String coreSet) {
    public HumanItems {
        labels = List.copyOf(labels);
        int k = labels.size(), n = ids.length;
        Objects.requireNonNull(raterSource, "raterSource");
        Objects.requireNonNull(coreSet, "coreSet");
        if (rates.length != n * k) throw new IllegalArgumentException("rates hold " + rates.length + " values, expected " + n + " items × " + k + " labels");
        if (nRaters.length != n || agreement.length != n || ratings.length != n) {
            throw new IllegalArgumentException("per-item arrays differ in length from the " + n + " ids");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (seen.put(ids[i], i) != null) throw new IllegalArgumentException("item id '" + ids[i] + "' appears twice");
            if (nRaters[i] < 1) throw new IllegalArgumentException("item " + ids[i] + " has " + nRaters[i] + " raters");
            if (ratings[i].length != 0 && ratings[i].length != nRaters[i] * k) {
                throw new IllegalArgumentException("item " + ids[i] + ": " + ratings[i].length + " ratings for " + nRaters[i] + " raters × " + k + " labels");
            }
            for (int j = i * k; j < i * k + k; j++) {
                if (!(rates[j] >= 0 && rates[j] <= 1)) throw new IllegalArgumentException("item " + ids[i] + ": rate " + rates[j]);
            }
        }
        ids = ids.clone();
        rates = rates.clone();
        nRaters = nRaters.clone();
        agreement = agreement.clone();
        ratings = Arrays.stream(ratings).map(byte[]::clone).toArray(byte[][]::new);
    }

    /**
     * The human side of GoEmotions comments in their given order (e.g. a core set's), with the
     * data loader's rates and agreement levels and every rater's labels.
     *
     * @param raterSource {@code GoRaw.source()}: which per-rater files
     * @param coreSet     a short name of the item set, e.g. "core-seed42" or "sample-300-seed42"
     */
    public static HumanItems of(List<GoComment> comments, String raterSource, String coreSet) {
        int n = comments.size(), k = GoEmotions.K;
        String[] ids = new String[n], agr = new String[n];
        double[] rates = new double[n * k];
        int[] nr = new int[n];
        byte[][] ratings = new byte[n][];
        for (int i = 0; i < n; i++) {
            GoComment c = comments.get(i);
            ids[i] = c.id();
            System.arraycopy(c.rates(), 0, rates, i * k, k);
            nr[i] = c.nRaters();
            agr[i] = c.agreement().label();
            ratings[i] = c.ratings();
        }
        return new HumanItems(GoEmotions.labels(), ids, rates, nr, agr, ratings, raterSource, coreSet);
    }

    /** The GoEmotions core set of loaded per-rater data, as {@link CoreSets#resolveGo} resolves it. */
    public static HumanItems ofCoreSet(GoRaw raw, long seed, int sample) {
        CoreSet cs = CoreSets.resolveGo(raw.comments(), seed, sample);
        return of(cs.select(raw.comments(), GoComment::id), raw.source(), CoreSets.name(cs));
    }

    public int n() {
        return ids.length;
    }

    public int k() {
        return labels.size();
    }

    /** Row of each id. */
    public Map<String, Integer> index() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.length; i++) m.put(ids[i], i);
        return m;
    }

    /**
     * These items restricted to the given ids, in this set's order (ids not here are ignored);
     * the core-set name gets a {@code +<label>} suffix so every table says which subset it is.
     */
    public HumanItems select(java.util.Collection<String> keep, String label) {
        java.util.Set<String> wanted = new java.util.HashSet<>(keep);
        int k = k();
        List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) if (wanted.contains(ids[i])) rows.add(i);
        String[] id = new String[rows.size()], agr = new String[rows.size()];
        double[] r = new double[rows.size() * k];
        int[] nr = new int[rows.size()];
        byte[][] rt = new byte[rows.size()][];
        for (int q = 0; q < rows.size(); q++) {
            int i = rows.get(q);
            id[q] = ids[i];
            agr[q] = agreement[i];
            nr[q] = nRaters[i];
            rt[q] = ratings[i];
            System.arraycopy(rates, i * k, r, q * k, k);
        }
        return new HumanItems(labels, id, r, nr, agr, rt, raterSource, coreSet + "+" + label);
    }

    /** Raters who ticked label j of item i (rates are shares of whole raters, so rounding is exact). */
    public int count(int i, int j) {
        return (int) Math.round(rates[i * k() + j] * nRaters[i]);
    }

    /**
     * The n×k human distributions, row-major: votes / total votes per item (as
     * {@link GoComment#distribution()}), uniform when no rater ticked a label.
     */
    public double[] distributionRows() {
        int k = k();
        double[] out = new double[rates.length];
        int[] c = new int[k];
        for (int i = 0; i < ids.length; i++) {
            for (int j = 0; j < k; j++) c[j] = count(i, j);
            System.arraycopy(Divergences.fromCounts(c), 0, out, i * k, k);
        }
        return out;
    }

    @Override public double[] rates() { return rates.clone(); }
    @Override public String[] ids() { return ids.clone(); }
    @Override public int[] nRaters() { return nRaters.clone(); }
    @Override public String[] agreement() { return agreement.clone(); }
    @Override public byte[][] ratings() { return Arrays.stream(ratings).map(byte[]::clone).toArray(byte[][]::new); }

    /** Views without copies, for the comparison's hot loops: callers must not write into them. */
    public double[] ratesRef() { return rates; }
    public byte[] ratingsRef(int i) { return ratings[i]; }
    public String agreementRef(int i) { return agreement[i]; }
    public int nRatersRef(int i) { return nRaters[i]; }
    public String idRef(int i) { return ids[i]; }
}
