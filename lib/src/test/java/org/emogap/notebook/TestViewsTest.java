package org.emogap.notebook;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestViewsTest {
    @Test
    void compactRowsSayWhichSideHasTheLowerJsd() {
        Table tests = Table.create("t", StringColumn.create("test", "mann_whitney_models", "kruskal_wallis_agreement", "dunn_bonferroni"),
                StringColumn.create("model", "a vs b", "a", "a"), StringColumn.create("group_a", "a", "agreement_levels", "full_agreement"),
                StringColumn.create("group_b", "b", "", "full_disagreement"), IntColumn.create("n_a", 478, 1287, 15),
                IntColumn.create("n_b", 1287, 0, 272), DoubleColumn.create("p", 0.0, 8.2e-9, 0.2),
                DoubleColumn.create("p_bonferroni", Double.NaN, Double.NaN, 0.6), DoubleColumn.create("cliffs_delta", -0.69, Double.NaN, 0.1));
        Table c = TestViews.compact(tests);
        assertEquals(List.of("< 1e-300", "8.20e-09", "0.200"), c.stringColumn("p").asList());
        assertEquals(List.of("a has the lower JSD (δ -0.69, large)", "JSD differs across the levels", "no clear difference (δ +0.10)"),
                c.stringColumn("direction").asList());
        assertEquals(List.of("478 / 1,287", "1,287", "15 / 272"), c.stringColumn("n").asList());
        // Romano et al.'s thresholds, both signs
        assertEquals(List.of("negligible", "small", "medium", "large"),
                List.of(TestViews.size(0.1), TestViews.size(-0.2), TestViews.size(0.4), TestViews.size(-0.5)));
    }
}
