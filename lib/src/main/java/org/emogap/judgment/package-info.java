/**
 * The judgment format every annotator writes, its files, the temperature type, the one pooling step over temperatures,
 * and model items aligned for comparison. Uses {@code io} and the packages below it.
 */
package org.emogap.judgment;
