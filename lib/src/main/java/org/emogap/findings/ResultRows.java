package org.emogap.findings;

import org.emogap.io.CsvReader;
import org.emogap.io.ResultsCsv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The rows of one results CSV, read with the project's CSV reader; numbers parsed as the writer wrote them. */
public record ResultRows(Path file, List<Map<String, String>> rows) {
    public ResultRows {
        rows = List.copyOf(rows);
    }

    /** The file's rows, or none when it does not exist (a step that has not run). */
    public static ResultRows read(Path file) {
        List<Map<String, String>> out = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            CsvReader.readWith(file, List.of(), header -> row -> {
                Map<String, String> m = new LinkedHashMap<>();
                for (String c : header.names()) m.put(c, row.get(c));
                out.add(m);
            });
        }
        return new ResultRows(file, out);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows that pass a test. */
    public ResultRows where(Predicate<Map<String, String>> keep) {
        return new ResultRows(file, rows.stream().filter(keep).toList());
    }

    /** Rows whose column equals a value. */
    public ResultRows where(String column, String value) {
        return where(r -> value.equals(r.get(column)));
    }

    /** A number of a row: NaN when empty or absent. */
    public static double num(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? Double.NaN : ResultsCsv.parse(v);
    }

    /** One column's numbers in row order. */
    public double[] column(String column) {
        return rows.stream().mapToDouble(r -> num(r, column)).toArray();
    }
}
