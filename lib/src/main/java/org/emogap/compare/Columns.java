package org.emogap.compare;

import org.emogap.data.HumanItems;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A results table built row by row by column name ({@link GoReport}'s tables): a column is
 * created on first use with the type of its first value, and {@link #table} puts them in the
 * file's order, creating the ones no row filled.
 */
final class Columns {
    private final String name;
    private final Map<String, Object> cols = new LinkedHashMap<>();

    Columns(String name) { this.name = name; }

    Columns str(String c, String v) {
        ((StringColumn) cols.computeIfAbsent(c, StringColumn::create)).append(v);
        return this;
    }

    Columns num(String c, double v) {
        ((DoubleColumn) cols.computeIfAbsent(c, DoubleColumn::create)).append(v);
        return this;
    }

    Columns integer(String c, int v) {
        ((IntColumn) cols.computeIfAbsent(c, IntColumn::create)).append(v);
        return this;
    }

    Columns provenance(HumanItems h, long seed) {
        return str("rater_source", h.raterSource()).str("core_set", h.coreSet()).str("seed", Long.toString(seed));
    }

    /** One row of {@code tests.csv}. */
    void test(TestRow r, HumanItems h, long seed) {
        str("test", r.test).str("model", r.model).str("temperature", r.temperature).str("group_a", r.groupA).str("group_b", r.groupB)
                .integer("n_a", r.nA).integer("n_b", r.nB).num("statistic", r.statistic).num("df", r.df).num("p", r.p)
                .num("p_bonferroni", r.pBonferroni).num("cohens_d", r.cohensD).num("cliffs_delta", r.cliffsDelta).provenance(h, seed);
    }

    /** The table with exactly {@code order}'s columns (empty ones created when no row was added). */
    Table table(List<String> order) {
        Table t = Table.create(name);
        for (String c : order) {
            Object col = cols.get(c);
            if (col == null) {
                boolean text = c.equals("model") || c.equals("kind") || c.equals("temperature") || c.equals("value_type")
                        || c.equals("agreement_level") || c.equals("rater_source") || c.equals("core_set") || c.equals("seed")
                        || c.equals("test") || c.startsWith("group_") || c.equals("floor") || c.equals("metric");
                boolean whole = c.startsWith("n_") || c.equals("repeats");
                col = text ? StringColumn.create(c) : whole ? IntColumn.create(c) : DoubleColumn.create(c);
            }
            t.addColumns((Column<?>) col);
        }
        return t;
    }
}
