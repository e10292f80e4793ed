package org.emogap.bench;

import org.emogap.RunMode;
import org.emogap.compare.Compare;
import org.emogap.compare.ItemMetrics;
import org.emogap.data.Agreement;
import org.emogap.data.HumanItems;
import org.emogap.judgment.ModelItems;
import org.emogap.judgment.Temperature;
import org.emogap.stats.Bootstrap;
import org.emogap.stats.Descriptive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of the GoEmotions comparison through the library path the notebooks use: every item
 * metric of each model ({@link Compare#items}) and the 1,000-resample bootstrap of each model's mean
 * JSD ({@link Bootstrap#meanCi}). Reads the fixed inputs {@code bench/make_inputs.py} writes (4
 * models × 2,000 items × 28 labels), runs warm-up rounds so the JIT has compiled the loops, then
 * prints the median of timed rounds and the per-model means to check against the NumPy reference.
 *
 * <p>Run with {@code bench/compare.sh}, or: {@code java -cp <test-classes:classes:deps>
 * org.emogap.bench.CompareBench INPUTS [ROUNDS]}.
 */
public final class CompareBench {
    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "bench/compare_inputs.bin");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(input)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[8];
        b.get(magic);
        if (!new String(magic, java.nio.charset.StandardCharsets.US_ASCII).equals("EMOGAPB1")) {
            throw new IllegalArgumentException(input + ": not a benchmark input file (magic " + Arrays.toString(magic) + ")");
        }
        int models = b.getInt(), n = b.getInt(), k = b.getInt();
        int[] raters = new int[n];
        for (int i = 0; i < n; i++) raters[i] = b.getInt();
        double[] rates = new double[n * k];
        b.asDoubleBuffer().get(rates);
        b.position(b.position() + 8 * n * k);
        double[][] values = new double[models][n * k];
        for (int m = 0; m < models; m++) {
            b.asDoubleBuffer().get(values[m]);
            b.position(b.position() + 8 * n * k);
        }
        List<String> labels = new ArrayList<>();
        for (int j = 0; j < k; j++) labels.add("l" + j);
        String[] ids = new String[n], agr = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "i" + i;
            int[] c = new int[k];
            for (int j = 0; j < k; j++) c[j] = (int) Math.round(rates[i * k + j] * raters[i]);
            agr[i] = Agreement.of(c, raters[i]).label();
        }
        HumanItems human = new HumanItems(labels, ids, rates, raters, agr, new byte[n][0], "bench", "bench");
        int[] ns = new int[n], nf = new int[n];
        Arrays.fill(ns, 40);
        List<ModelItems> ms = new ArrayList<>();
        for (int m = 0; m < models; m++) ms.add(new ModelItems("m" + m, "bench", Temperature.POOLED_LABEL, "rates", ids, values[m], ns, nf));

        double[][] result = null;
        for (int w = 0; w < 15; w++) result = run(human, ms);
        double[] times = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            result = run(human, ms);
            times[r] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(times);
        // where the time goes: the item metrics alone, and one bootstrap alone
        double[] tItems = new double[rounds], tBoot = new double[rounds];
        double[] jsd0 = Compare.items(human, ms, RunMode.EMOGAP).get(0).jsd();
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            Compare.items(human, ms, RunMode.EMOGAP);
            tItems[r] = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            Bootstrap.meanCi(jsd0, 42);
            tBoot[r] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(tItems);
        Arrays.sort(tBoot);
        System.out.printf(Locale.ROOT, "java parts (median): item metrics of %d models %.4f s, one bootstrap %.4f s%n",
                models, tItems[rounds / 2], tBoot[rounds / 2]);
        for (int m = 0; m < models; m++) {
            double[] x = result[m];
            System.out.printf(Locale.ROOT, "java  model %d: jsd %.6f [%.6f, %.6f] kl %.4f tv %.6f bjsd %.6f H_h %.4f H_m %.4f top1 %.4f%n",
                    m, x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], x[8]);
        }
        System.out.printf(Locale.ROOT, "java seconds (%d rounds, %d cores): min %.4f median %.4f%n", rounds,
                Runtime.getRuntime().availableProcessors(), times[0], times[rounds / 2]);
    }

    static double[][] run(HumanItems human, List<ModelItems> models) {
        List<ItemMetrics> items = Compare.items(human, models, RunMode.EMOGAP);
        double[][] out = new double[items.size()][];
        for (int m = 0; m < items.size(); m++) {
            ItemMetrics im = items.get(m);
            Bootstrap.Interval ci = Bootstrap.meanCi(im.jsd(), 42 + m);
            out[m] = new double[]{ci.mean(), ci.low(), ci.high(), Descriptive.mean(im.kl()), Descriptive.mean(im.tv()),
                    Descriptive.mean(im.bernoulliJsd()), Descriptive.mean(im.humanEntropy()), Descriptive.mean(im.modelEntropy()),
                    Descriptive.mean(im.metric("top1_hit"))};
        }
        return out;
    }
}
