package org.emogap.bench;

import org.emogap.calibrate.Calibrators;
import org.emogap.calibrate.CrossValidation;
import org.emogap.calibrate.CvResult;

import java.io.DataInputStream;
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
 * Speed benchmark, Java side: 5-fold CV of the paper's three calibrators for every model in the
 * input file written by {@code bench/calibrate_numpy.py --write} (same folds), printing the same
 * table as the Python side and the wall time of each repeat. Run by {@code bench/calibrate.sh}.
 *
 * <p>Usage: {@code CalibrateBench FILE [repeats]}. The first repeat includes JIT compilation; the
 * median is the steady state a notebook sees after its first call.
 */
public final class CalibrateBench {
    private static final byte[] MAGIC = "EMOGAPCAL1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    public static void main(String[] args) throws IOException {
        if (args.length < 1) throw new IllegalArgumentException("usage: CalibrateBench FILE [repeats]");
        Path file = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!Arrays.equals(magic, MAGIC)) throw new IOException(file + ": not a calibration benchmark input (bad magic)");
        int nModels = b.getInt(), n = b.getInt(), k = b.getInt(), nFolds = b.getInt();
        double[] human = new double[n * k];
        b.asDoubleBuffer().get(human);
        b.position(b.position() + 8 * n * k);
        double[][] models = new double[nModels][n * k];
        for (double[] m : models) {
            b.asDoubleBuffer().get(m);
            b.position(b.position() + 8 * n * k);
        }
        int[] fold = new int[n];
        b.asIntBuffer().get(fold);
        if (Arrays.stream(fold).max().orElse(-1) + 1 != nFolds) throw new IOException(file + ": fold numbers do not match n_folds=" + nFolds);

        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double[] times = new double[repeats], cpu = new double[repeats];
        List<CvResult> last = null;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
            List<CvResult> results = new ArrayList<>();
            for (double[] m : models) results.add(CrossValidation.run(m, human, k, null, Calibrators.paper(), fold, 0));
            times[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
            last = results;
        }
        for (int mi = 0; mi < nModels; mi++) {
            var t = last.get(mi).summary("model " + mi);
            for (int row = 0; row < t.rowCount(); row++) {
                System.out.printf(Locale.ROOT, "model %d %-12s jsd %.6f -> %.6f%n", mi, t.stringColumn("method").get(row),
                        t.doubleColumn("jsd_uncalibrated").get(row), t.doubleColumn("jsd_calibrated").get(row));
            }
        }
        // where the time goes: each method alone, steady state (median of 3)
        StringBuilder per = new StringBuilder("java per method (median of 3):");
        for (var c : Calibrators.paper()) {
            double[] ts = new double[3];
            for (int r = 0; r < 3; r++) {
                long t0 = System.nanoTime();
                for (double[] m : models) CrossValidation.run(m, human, k, null, List.of(c), fold, 0);
                ts[r] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(ts);
            per.append(String.format(Locale.ROOT, " %s %.3f s", c.name(), ts[1]));
        }
        System.out.println(per);
        double[] sorted = times.clone(), sortedCpu = cpu.clone();
        Arrays.sort(sorted);
        Arrays.sort(sortedCpu);
        System.out.printf(Locale.ROOT, "java first %.3f s, median %.3f s over %d runs (%d cores); CPU time (all threads, incl. JIT and GC) first %.3f s, median %.3f s%n",
                times[0], sorted[repeats / 2], repeats, Runtime.getRuntime().availableProcessors(), cpu[0], sortedCpu[repeats / 2]);
    }
}
