package org.emogap.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a results table as CSV with one header row and a fixed number format, so the same
 * table gives the same bytes on every machine: decimals with 6 places ({@code %.6f}), or
 * scientific with 6 ({@code %.6e}) below 0.001 in magnitude so small p-values keep their digits;
 * missing and NaN as an empty field; "\n" line ends. Replaced atomically.
 */
public final class ResultsCsv {
    private ResultsCsv() {}

    public static String number(double x) {
        if (Double.isNaN(x)) return "";
        if (x == 0) return "0.000000";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        return String.format(Locale.ROOT, Math.abs(x) < 1e-3 ? "%.6e" : "%.6f", x);
    }

    /** The inverse of {@link #number}: an empty field is NaN, {@code inf}/{@code -inf} infinite, anything else a decimal. */
    public static double parse(String cell) {
        String c = cell.strip();
        if (c.isEmpty()) return Double.NaN;
        if (c.equals("inf")) return Double.POSITIVE_INFINITY;
        if (c.equals("-inf")) return Double.NEGATIVE_INFINITY;
        return Double.parseDouble(c);
    }

    /** Writes {@code table} to {@code target} in the results format; replaced atomically. */
    public static Path write(Table table, Path target) {
        return AtomicFiles.writeText(target, w -> {
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            p.printRecord(table.columnNames());
            Object[] row = new Object[table.columnCount()];
            for (int r = 0; r < table.rowCount(); r++) {
                for (int c = 0; c < row.length; c++) row[c] = cell(table.column(c), r);
                p.printRecord(row);
            }
            p.flush();
        });
    }

    private static String cell(Column<?> col, int r) {
        if (col.isMissing(r)) return "";
        ColumnType t = col.type();
        if (t == ColumnType.DOUBLE || t == ColumnType.FLOAT) return number(((Number) col.get(r)).doubleValue());
        return String.valueOf(col.get(r));
    }
}
