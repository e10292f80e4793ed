package org.emogap.notebook;

import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a cell's value into a MIME bundle: a Tablesaw {@link Table} becomes an HTML table, a
 * tablesaw-jsplot {@link Figure} an inline plotly chart, anything else its text form. Kernels
 * call this for the last expression of a cell; {@link Show} calls it for explicit displays.
 */
public final class Rich {
    private Rich() {}

    public static Map<String, String> bundle(Object value) {
        if (value instanceof Table t) return TableHtml.bundle(t, TableHtml.DEFAULT_MAX_ROWS);
        if (value instanceof Figure f) return PlotlyHtml.bundle(f);
        Map<String, String> b = new LinkedHashMap<>();
        b.put("text/plain", text(value));
        return b;
    }

    /** Text form of a value, with arrays spelled out. */
    public static String text(Object v) {
        if (v == null) return "null";
        if (v instanceof Object[] a) return Arrays.deepToString(a);
        if (v instanceof double[] a) return Arrays.toString(a);
        if (v instanceof int[] a) return Arrays.toString(a);
        if (v instanceof long[] a) return Arrays.toString(a);
        if (v instanceof float[] a) return Arrays.toString(a);
        if (v instanceof boolean[] a) return Arrays.toString(a);
        if (v instanceof byte[] a) return Arrays.toString(a);
        if (v instanceof char[] a) return Arrays.toString(a);
        if (v instanceof short[] a) return Arrays.toString(a);
        return String.valueOf(v);
    }
}
