/**
 * Post-hoc calibrators (fit on training items, apply to held-out ones) and their k-fold cross-validation. Uses
 * {@code dist} and {@code stats} only: calibration works on matrices, whoever made them.
 */
package org.emogap.calibrate;
