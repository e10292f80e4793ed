package org.emogap.calibrate;

/**
 * Two calibrators in sequence: the second is fitted on the first's output on the same training
 * items, and applied to it. Named "first+second".
 */
public final class Chain implements Calibrator {
    private final Calibrator first, second;

    public Chain(Calibrator first, Calibrator second) {
        this.first = java.util.Objects.requireNonNull(first, "first");
        this.second = java.util.Objects.requireNonNull(second, "second");
    }

    @Override public String name() { return first.name() + "+" + second.name(); }

    @Override public Fitted fit(double[] model, double[] human, int k) {
        Fitted a = first.fit(model, human, k);
        Fitted b = second.fit(a.apply(model), human, k);
        return new Fitted() {
            @Override public double[] apply(double[] m) { return b.apply(a.apply(m)); }

            @Override public String parameters() { return a.parameters() + "; " + b.parameters(); }
        };
    }
}
