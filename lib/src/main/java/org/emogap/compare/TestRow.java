package org.emogap.compare;

import org.emogap.stats.EffectSizes;

/**
 * One statistical test of {@code tests.csv}, built by name: {@code TestRow.of(test, model,
 * temperature).groups(a, nA, b, nB).statistic(u, df).p(p)}. A field no builder step sets stays
 * NaN (numbers) or empty (group names), which is how the file shows "does not apply".
 */
final class TestRow {
    final String test, model, temperature;
    String groupA = "", groupB = "";
    int nA, nB;
    double statistic = Double.NaN, df = Double.NaN, p = Double.NaN, pBonferroni = Double.NaN,
            cohensD = Double.NaN, cliffsDelta = Double.NaN;

    private TestRow(String test, String model, String temperature) {
        this.test = test;
        this.model = model;
        this.temperature = temperature;
    }

    static TestRow of(String test, String model, String temperature) {
        return new TestRow(test, model, temperature);
    }

    TestRow groups(String a, int nA, String b, int nB) {
        this.groupA = a;
        this.nA = nA;
        this.groupB = b;
        this.nB = nB;
        return this;
    }

    TestRow statistic(double value, double df) {
        this.statistic = value;
        this.df = df;
        return this;
    }

    TestRow p(double p) {
        this.p = p;
        return this;
    }

    TestRow pBonferroni(double p) {
        this.pBonferroni = p;
        return this;
    }

    /** Cohen's d (pooled SD; NaN unless both groups have 2 or more values) and Cliff's delta of x against y. */
    TestRow effects(double[] x, double[] y) {
        this.cohensD = x.length > 1 && y.length > 1 ? EffectSizes.cohensD(x, y) : Double.NaN;
        this.cliffsDelta = EffectSizes.cliffsDelta(x, y);
        return this;
    }
}
