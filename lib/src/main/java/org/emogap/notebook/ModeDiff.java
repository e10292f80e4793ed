package org.emogap.notebook;

import org.emogap.Project;
import org.emogap.findings.ResultRows;
import org.emogap.io.DataFileException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Paper mode vs emogap mode on this run": reads the same results files of a default run and of a
 * paper-mode run ({@code results/} and {@code results/paper/}), joins their rows by key and lists
 * every quantity whose value differs, with both values. {@link #main} prints it as Markdown for
 * {@code results/README.md} ({@code environment/compare-modes}).
 */
public final class ModeDiff {
    private ModeDiff() {}

    /** One results file: the columns that identify a row and the quantities compared. */
    public record Spec(String file, List<String> keys, List<String> values) {}

    /** The files and quantities the paper mode changes (docs/method.md §8). */
    public static final List<Spec> SPECS = List.of(
            new Spec("goemotions/model_summary.csv", List.of("model", "temperature"),
                    List.of("n_items", "jsd_mean", "human_entropy_mean", "entropy_spearman", "failed_share", "wasserstein_paper_mean")),
            new Spec("goemotions/transparency.csv", List.of("category"), List.of("lexicon_part", "score", "agreement_mean")),
            new Spec("goemotions/lexicon_variants.csv", List.of("variant", "categories"), List.of("spearman", "p")),
            new Spec("goemotions/calibration.csv", List.of("model", "method"),
                    List.of("jsd_uncalibrated", "jsd_calibrated", "change_pct", "entropy_rho_uncalibrated", "entropy_rho")),
            new Spec("goemotions/calibration_by_agreement.csv", List.of("model", "method", "agreement"), List.of("change_pct")),
            new Spec("emobank/model_vad.csv", List.of("model", "temperature", "perspective", "dimension"),
                    List.of("n_items", "pearson", "ks_p", "sd_model", "sd_human", "compression")));

    /** Values within this absolute distance count as equal (the files carry 6 decimals). */
    public static final double TOLERANCE = 5e-7;

    /**
     * One row per differing quantity: {@code file, key, quantity, emogap, paper, difference}
     * (paper − emogap; NaN when one side is missing). Files absent from either tree are skipped.
     */
    public static Table compare(Path emogapRoot, Path paperRoot) {
        StringColumn file = StringColumn.create("file"), key = StringColumn.create("key"), q = StringColumn.create("quantity");
        DoubleColumn a = DoubleColumn.create("emogap"), b = DoubleColumn.create("paper"), diff = DoubleColumn.create("difference");
        for (Spec s : SPECS) {
            Path fe = emogapRoot.resolve(s.file()), fp = paperRoot.resolve(s.file());
            if (!Files.isRegularFile(fe) || !Files.isRegularFile(fp)) continue;
            Map<String, Map<String, Double>> re = rows(fe, s), rp = rows(fp, s);
            for (var e : re.entrySet()) {
                Map<String, Double> p = rp.get(e.getKey());
                for (String v : s.values()) {
                    Double x = e.getValue().get(v), y = p == null ? null : p.get(v);
                    if (x == null && y == null) continue;
                    double dx = x == null ? Double.NaN : x, dy = y == null ? Double.NaN : y;
                    if (Double.isNaN(dx) && Double.isNaN(dy)) continue;
                    if (dx == dy || (!Double.isNaN(dx) && !Double.isNaN(dy) && Math.abs(dx - dy) <= TOLERANCE)) continue;
                    file.append(s.file());
                    key.append(e.getKey());
                    q.append(v);
                    a.append(dx);
                    b.append(dy);
                    diff.append(dy - dx);
                }
            }
            for (String k : rp.keySet()) {
                if (re.containsKey(k)) continue;
                file.append(s.file());
                key.append(k);
                q.append("(row only in paper mode)");
                a.append(Double.NaN);
                b.append(Double.NaN);
                diff.append(Double.NaN);
            }
        }
        return Table.create("paper mode vs emogap mode", file, key, q, a, b, diff);
    }

    private static Map<String, Map<String, Double>> rows(Path f, Spec s) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        ResultRows file = ResultRows.read(f);
        for (Map<String, String> row : file.rows()) {
            List<String> k = new ArrayList<>();
            for (String c : s.keys()) {
                if (!row.containsKey(c)) throw new DataFileException(f, 1, "missing column '" + c + "'");
                k.add(row.get(c));
            }
            Map<String, Double> vals = new LinkedHashMap<>();
            for (String v : s.values()) if (row.containsKey(v)) vals.put(v, file.number(row, v));
            out.put(String.join(" · ", k), vals);
        }
        return out;
    }

    /**
     * Markdown, one row per file and quantity: how many rows differ, and the row with the largest
     * difference (a value present in one mode only counts as largest) with both values.
     */
    public static String markdown(Table t) {
        StringBuilder sb = new StringBuilder("| file | quantity | rows that differ | largest difference at | emogap | paper |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            groups.computeIfAbsent(t.stringColumn("file").get(r) + "\u0000" + t.stringColumn("quantity").get(r), x -> new ArrayList<>()).add(r);
        }
        for (var e : groups.entrySet()) {
            List<Integer> rs = e.getValue();
            int top = rs.get(0);
            for (int r : rs) if (magnitude(t, r) > magnitude(t, top)) top = r;
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | %d | %s | %s | %s |%n", t.stringColumn("file").get(top),
                    t.stringColumn("quantity").get(top), rs.size(), t.stringColumn("key").get(top),
                    cell(t.doubleColumn("emogap").getDouble(top)), cell(t.doubleColumn("paper").getDouble(top))));
        }
        return sb.toString();
    }

    private static double magnitude(Table t, int r) {
        double d = t.doubleColumn("difference").getDouble(r);
        return Double.isNaN(d) || Double.isInfinite(d) ? Double.MAX_VALUE : Math.abs(d);
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "—" : Double.isInfinite(v) ? (v > 0 ? "∞" : "−∞") : String.format(Locale.ROOT, "%.4g", v);
    }

    private static Path shown(Path p) {
        Path abs = p.toAbsolutePath().normalize(), root = Project.root();
        return abs.startsWith(root) ? root.relativize(abs) : p;
    }

    /** Prints the Markdown table: arguments {@code [emogapResults paperResults]}, default this project's. */
    public static void main(String[] args) {
        Path base = args.length > 0 ? Path.of(args[0]) : Project.root().resolve("results");
        Path paper = args.length > 1 ? Path.of(args[1]) : base.resolve("paper");
        if (!Files.isDirectory(paper)) {
            System.err.println("no paper-mode results in " + paper + ": run environment/run-notebooks --paper first");
            System.exit(2);
        }
        Table t = compare(base, paper);
        System.out.println(t.rowCount() + " values differ between " + shown(base) + " and " + shown(paper) + ".\n");
        System.out.print(markdown(t));
    }
}
