package org.emogap.calibrate;

/**
 * A post-hoc calibration method: fitted on the model and human distributions of training items
 * (row-major n×k {@code double[]}, one row per item), then applied to the model distributions of
 * other items. {@link #fit} sees only what it is given, so a test fold cannot leak into it.
 */
public interface Calibrator {
    /** Short id used in tables: "temperature", "bias", "isotonic", "prior_mix", "vector", "a+b". */
    String name();

    /**
     * Fits on training items. Rows are normalised first (a zero row becomes uniform); non-finite or
     * negative entries are refused.
     */
    Fitted fit(double[] model, double[] human, int k);

    /** A fitted calibrator. */
    interface Fitted {
        /** Calibrated distributions (every row sums to 1) of the given n×k model rows; the input is not changed. */
        double[] apply(double[] model);

        /** The fitted parameters in a few words, e.g. "T=1.84", for tables and notebooks. */
        String parameters();
    }
}
