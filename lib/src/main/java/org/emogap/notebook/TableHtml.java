package org.emogap.notebook;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A Tablesaw table as HTML: every row of a small table, the first and last rows of a large one. */
final class TableHtml {
    static final int DEFAULT_MAX_ROWS = 20;

    private TableHtml() {}

    static Map<String, String> bundle(Table t, int maxRows) {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("text/plain", t.rowCount() <= maxRows ? t.print() : t.first(maxRows / 2).print() + "\n…\n"
                + t.rowCount() + " rows × " + t.columnCount() + " columns");
        b.put("text/html", html(t, maxRows));
        return b;
    }

    static String html(Table t, int maxRows) {
        int n = t.rowCount();
        boolean cut = n > maxRows;
        int head = cut ? maxRows - maxRows / 2 : n;
        int tailStart = cut ? n - maxRows / 2 : n;
        StringBuilder h = new StringBuilder(256 + 64 * Math.min(n, maxRows) * Math.max(1, t.columnCount()));
        h.append("<div class=\"emogap-table\">");
        if (t.name() != null && !t.name().isBlank()) {
            h.append("<div style=\"font-weight:bold;margin-bottom:4px\">").append(Html.escape(t.name())).append("</div>");
        }
        h.append("<table class=\"dataframe\" border=\"1\"><thead><tr><th></th>");
        for (Column<?> c : t.columns()) h.append("<th>").append(Html.escape(c.name())).append("</th>");
        h.append("</tr></thead><tbody>");
        for (int r = 0; r < head; r++) row(h, t, r);
        if (cut) {
            h.append("<tr><td>…</td>");
            for (int c = 0; c < t.columnCount(); c++) h.append("<td>…</td>");
            h.append("</tr>");
            for (int r = tailStart; r < n; r++) row(h, t, r);
        }
        h.append("</tbody></table><div style=\"color:#666;font-size:90%\">")
                .append(n).append(n == 1 ? " row" : " rows").append(" × ").append(t.columnCount())
                .append(t.columnCount() == 1 ? " column" : " columns");
        if (cut) h.append(" (first ").append(head).append(" and last ").append(n - tailStart).append(" shown)");
        h.append("</div></div>");
        return h.toString();
    }

    private static void row(StringBuilder h, Table t, int r) {
        h.append("<tr><th>").append(r).append("</th>");
        for (Column<?> c : t.columns()) {
            String cell = c instanceof DoubleColumn d ? number(d.getDouble(r), isPValue(c.name())) : c.getString(r);
            h.append("<td>").append(Html.escape(cell)).append("</td>");
        }
        h.append("</tr>");
    }

    /**
     * A double as a reader wants it in a table: whole numbers without decimals, others with three
     * decimals (trailing zeros dropped); below 0.001, three significant digits written out
     * (0.000994, a share is never in scientific notation) down to 1e-6, and scientific notation
     * beyond that or for p-values, whose smallness is the point. Only the display is rounded;
     * result files keep every digit.
     */
    static String number(double v) {
        return number(v, false);
    }

    /** As {@link #number(double)}; {@code pValue} writes small values in scientific notation. */
    static String number(double v, boolean pValue) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "-∞";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e9) {
            return new BigDecimal(String.format(Locale.ROOT, "%.3f", v)).stripTrailingZeros().toPlainString();
        }
        if (a < 1e-3 && a >= 1e-6 && !pValue) {
            return new BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.2e", v);
    }

    /** Columns that hold p-values: {@code p}, {@code p_…}, {@code …_p}. */
    static boolean isPValue(String column) {
        return column.equals("p") || column.startsWith("p_") || column.endsWith("_p");
    }
}
