/**
 * The GoEmotions and EmoBank comparisons of human and model judgments: item, model and category tables, label accuracy,
 * noise floors, tests, and the report builders that write them. Uses the annotator packages and below, never calibration.
 */
package org.emogap.compare;
