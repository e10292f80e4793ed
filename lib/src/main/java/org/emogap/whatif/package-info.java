/**
 * What-if studies over stored judgments: samples per text, temperature subsets, label granularity, core-set
 * composition, floors per agreement level. Uses {@code compare}, {@code calibrate} and below.
 */
package org.emogap.whatif;
