/**
 * What a notebook cell needs: display (tables, charts, markdown), progress, the charts of every step, and the results
 * writer under {@code results/}. May use every other package.
 */
package org.emogap.notebook;
