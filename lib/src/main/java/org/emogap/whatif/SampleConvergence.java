package org.emogap.whatif;

import org.emogap.dist.Divergences;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Random;

/**
 * How many samples per text does a model need? For each sample size s, the mean over items (and
 * repetitions) of JSD(human, normalised mean of s samples drawn without replacement from the
 * item's samples). Point-probability annotators have no samples; {@link #draw} makes some from
 * their distribution, and such curves are labelled "drawn" rather than "sampled".
 */
public final class SampleConvergence {
    private SampleConvergence() {}

    /** One curve: per sample size, the mean and SD of the per-item JSD and how many items had that many samples. */
    public record Curve(String source, int[] sizes, double[] meanJsd, double[] sdJsd, int[] nItems) {
        public Curve {
            sizes = sizes.clone();
            meanJsd = meanJsd.clone();
            sdJsd = sdJsd.clone();
            nItems = nItems.clone();
        }

        @Override public int[] sizes() { return sizes.clone(); }

        @Override public double[] meanJsd() { return meanJsd.clone(); }

        @Override public double[] sdJsd() { return sdJsd.clone(); }

        @Override public int[] nItems() { return nItems.clone(); }

        /** {@code model, source, series ("model (source)", for chart legends), n_samples, n_items, mean_jsd, sd_jsd}. */
        public Table table(String model) {
            StringColumn m = StringColumn.create("model"), s = StringColumn.create("source"), series = StringColumn.create("series");
            IntColumn size = IntColumn.create("n_samples"), items = IntColumn.create("n_items");
            DoubleColumn mean = DoubleColumn.create("mean_jsd"), sd = DoubleColumn.create("sd_jsd");
            for (int i = 0; i < sizes.length; i++) {
                m.append(model);
                s.append(source);
                series.append(model + " (" + source + ")");
                size.append(sizes[i]);
                items.append(nItems[i]);
                mean.append(meanJsd[i]);
                sd.append(sdJsd[i]);
            }
            return Table.create("convergence " + model, m, s, series, size, items, mean, sd);
        }
    }

    /**
     * The curve for items with samples.
     *
     * @param samples per item, its sample vectors (each of length k)
     * @param human   per item, its human vector (length k; normalised inside)
     * @param sizes   sample sizes to evaluate (items with fewer samples are left out at that size)
     * @param reps    random subsets per item and size (1 is enough when s = all samples)
     * @param source  "sampled" or "drawn", shown in tables
     */
    public static Curve curve(List<double[][]> samples, List<double[]> human, int[] sizes, int reps, long seed, String source) {
        if (samples.size() != human.size()) throw new IllegalArgumentException(samples.size() + " sample sets, " + human.size() + " human vectors");
        if (reps < 1) throw new IllegalArgumentException("reps must be >= 1, got " + reps);
        Random rnd = new Random(seed);
        double[] mean = new double[sizes.length], sd = new double[sizes.length];
        int[] count = new int[sizes.length];
        for (int si = 0; si < sizes.length; si++) {
            int s = sizes[si];
            if (s < 1) throw new IllegalArgumentException("sample size " + s + " < 1");
            double sum = 0, sumSq = 0;
            int n = 0;
            for (int i = 0; i < samples.size(); i++) {
                double[][] item = samples.get(i);
                if (item.length < s) continue;
                double[] h = human.get(i);
                int[] idx = java.util.stream.IntStream.range(0, item.length).toArray();
                for (int r = 0; r < reps; r++) {
                    // partial Fisher–Yates: the first s entries become a uniform subset of size s
                    for (int a = 0; a < s; a++) {
                        int b = a + rnd.nextInt(item.length - a);
                        int t = idx[a]; idx[a] = idx[b]; idx[b] = t;
                    }
                    double[] v = new double[h.length];
                    for (int a = 0; a < s; a++) {
                        double[] x = item[idx[a]];
                        if (x.length != h.length) throw new IllegalArgumentException("item " + i + ": sample of " + x.length + " labels, human has " + h.length);
                        for (int j = 0; j < v.length; j++) v[j] += x[j];
                    }
                    double d = Divergences.jsd(h, v);
                    sum += d;
                    sumSq += d * d;
                    n++;
                }
                count[si]++;
            }
            mean[si] = n == 0 ? Double.NaN : sum / n;
            sd[si] = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSq - sum * sum / n) / (n - 1)));
        }
        return new Curve(source, sizes, mean, sd, count);
    }

    /**
     * nSamples samples from a point annotator's vector: for a "distribution", one label per sample
     * drawn from it (one-hot); for "rates", each label ticked independently with its rate (multi-hot).
     */
    public static double[][] draw(double[] values, String valueType, int nSamples, Random rnd) {
        double[][] out = new double[nSamples][values.length];
        switch (valueType) {
            case "distribution" -> {
                double[] p = Divergences.normalize(values);
                for (double[] s : out) {
                    double u = rnd.nextDouble(), c = 0;
                    int j = 0;
                    for (; j < p.length - 1; j++) {
                        c += p[j];
                        if (u < c) break;
                    }
                    s[j] = 1;
                }
            }
            case "rates" -> {
                for (double v : values) if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("rate " + v + " outside [0, 1]");
                for (double[] s : out) for (int j = 0; j < values.length; j++) s[j] = rnd.nextDouble() < values[j] ? 1 : 0;
            }
            default -> throw new IllegalArgumentException("cannot draw samples from value type '" + valueType + "'");
        }
        return out;
    }
}
