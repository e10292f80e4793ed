package org.emogap.calibrate;

import org.emogap.dist.Rows;

/**
 * What a per-label calibrator is fitted against: the normalised human distribution (emogap), or
 * the raw per-label rater shares with only the model side normalised, as the authors' script fits
 * bias correction and isotonic regression (paper mode).
 */
public enum Targets {
    NORMALISED, RAW_SHARES;

    /** The training rows {model, human} this choice fits against; shapes checked, inputs not changed. */
    public double[][] pair(double[] model, double[] human, int k) {
        return this == RAW_SHARES ? Rows.normalizedModelRawHuman(model, human, k) : Rows.normalizedPair(model, human, k);
    }
}
