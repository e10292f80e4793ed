package org.emogap.notebook;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class TableHtmlTest {
    @Test
    void smallTableShowsEveryRowEscapedWithItsCount() {
        Table t = Table.create("demo", StringColumn.create("who", "<b>a</b>", "b"), DoubleColumn.create("x", 0.123456, 2.0));
        String html = TableHtml.html(t, 20);
        assertTrue(html.contains("&lt;b&gt;a&lt;/b&gt;"), html);
        assertTrue(html.contains("<td>0.123</td>"), html); // three decimals on screen
        assertTrue(html.contains("<td>2</td>"), html);
        assertTrue(html.contains("2 rows × 2 columns"), html);
        assertFalse(html.contains("…"));
    }

    @Test
    void largeTableShowsFirstAndLastRows() {
        Table t = Table.create("big", IntColumn.create("i", IntStream.range(0, 1000).toArray()));
        String html = TableHtml.html(t, 10);
        // rows 0-4 and 995-999, with an ellipsis row between
        assertTrue(html.contains("<td>4</td>") && !html.contains("<td>5</td>"), html);
        assertTrue(html.contains("<td>995</td>") && html.contains("<td>999</td>") && !html.contains("<td>994</td>"));
        assertTrue(html.contains("1000 rows × 1 column (first 5 and last 5 shown)"), html);
    }

    @Test
    void numbersAreRoundedForReadingOnly() {
        assertEquals("0.236", TableHtml.number(0.23645279766002797));
        assertEquals("0.0000137", TableHtml.number(1.37e-5));          // a share, written out
        assertEquals("0.000994", TableHtml.number(9.945e-4));
        assertEquals("1.37e-05", TableHtml.number(1.37e-5, true));     // a p-value
        assertEquals("4.00e-28", TableHtml.number(4e-28));
        assertTrue(TableHtml.isPValue("p") && TableHtml.isPValue("p_bonferroni") && TableHtml.isPValue("entropy_spearman_p"));
        assertFalse(TableHtml.isPValue("top1_hit_rate"));
        assertEquals("-3", TableHtml.number(-3.0));
        assertEquals("", TableHtml.number(Double.NaN));
        assertEquals("0.5", TableHtml.number(0.5));
    }
}
