/**
 * Distributions and matrices of them (row-major {@code double[]}): divergences, entropy, label groupings, ordinal-scale histograms and the Wasserstein distance. Pure maths on arrays; uses no other package of the library.
 */
package org.emogap.dist;
