/**
 * The paper's claims tested on a run: reads the results files the notebooks wrote and gives each
 * claim a figure, its CI, the annotators it comes from and a verdict computed by a stated rule.
 * Uses io and stats.
 */
package org.emogap.findings;
