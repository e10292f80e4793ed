package org.emogap.findings;

import org.emogap.io.CsvReader;
import org.emogap.io.DataFileException;
import org.emogap.io.ResultsCsv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The rows of one results CSV, read with the project's CSV reader; numbers parsed as the writer
 * wrote them ({@link ResultsCsv#parse}). Each row remembers its line, so a cell that is not a
 * number is reported as {@code file:line}.
 */
public final class ResultRows {
    private final Path file;
    private final List<Map<String, String>> rows;
    private final Map<Map<String, String>, Long> lines;

    private ResultRows(Path file, List<Map<String, String>> rows, Map<Map<String, String>, Long> lines) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.lines = lines;
    }

    /** The file's rows, or none when it does not exist (a step that has not run). */
    public static ResultRows read(Path file) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<Map<String, String>, Long> lines = new IdentityHashMap<>();
        if (Files.isRegularFile(file)) {
            CsvReader.readWith(file, List.of(), header -> row -> {
                Map<String, String> m = new LinkedHashMap<>();
                for (String c : header.names()) m.put(c, row.get(c));
                out.add(m);
                lines.put(m, row.line());
            });
        }
        return new ResultRows(file, out, lines);
    }

    public Path file() { return file; }

    public List<Map<String, String>> rows() { return rows; }

    /** A number of one of this file's rows: NaN when empty or absent; a cell that is no number names its file and line. */
    public double number(Map<String, String> row, String column) {
        try {
            return num(row, column);
        } catch (NumberFormatException e) {
            throw new DataFileException(file, lines.getOrDefault(row, 0L), "column " + column + " holds '" + row.get(column).strip() + "', not a number");
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows that pass a test. */
    public ResultRows where(Predicate<Map<String, String>> keep) {
        return new ResultRows(file, rows.stream().filter(keep).toList(), lines);
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
