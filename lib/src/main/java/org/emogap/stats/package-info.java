/**
 * Statistics, Commons Math first: the one bootstrap (means and correlations), correlations with one rule for
 * degenerate input, rank tests (SciPy-conformant Wilcoxon, Mann–Whitney, Kruskal–Wallis + Dunn), effect sizes, KS, clustering,
 * isotonic fit, classification metrics, descriptive errors. Uses only {@code dist}.
 */
package org.emogap.stats;
