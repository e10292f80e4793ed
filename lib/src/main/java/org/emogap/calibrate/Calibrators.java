package org.emogap.calibrate;

import org.emogap.RunMode;
import java.util.ArrayList;
import java.util.List;

/** Static factories for the calibrators, and lookup by the names used in tables and notebooks. */
public final class Calibrators {
    private Calibrators() {}

    public static Calibrator temperature() { return new TemperatureScaling(); }

    public static Calibrator bias() { return new BiasCorrection(); }

    public static Calibrator isotonic() { return new IsotonicCalibration(); }

    public static Calibrator priorMix() { return new PriorMixing(); }

    public static Calibrator vector() { return new VectorScaling(); }

    public static Calibrator chain(Calibrator first, Calibrator second) { return new Chain(first, second); }

    /** Bias correction as a mode fits it: against the raw rater shares in the paper mode. */
    public static Calibrator bias(RunMode mode) { return new BiasCorrection(targets(mode)); }

    /** Isotonic regression as a mode fits it: against the raw rater shares in the paper mode. */
    public static Calibrator isotonic(RunMode mode) { return new IsotonicCalibration(targets(mode)); }

    /** The targets a mode fits bias and isotonic against. */
    public static Targets targets(RunMode mode) { return mode.paper() ? Targets.RAW_SHARES : Targets.NORMALISED; }

    /** The paper's three methods, in its order. */
    public static List<Calibrator> paper() { return paper(RunMode.EMOGAP); }

    /** The paper's three methods as a mode fits them. */
    public static List<Calibrator> paper(RunMode mode) { return List.of(temperature(), bias(mode), isotonic(mode)); }

    /** The paper's three, emogap's two, and the chains we report. */
    public static List<Calibrator> all() { return all(RunMode.EMOGAP); }

    /** {@link #all()} as a mode fits it (the paper mode's bias and isotonic fit raw rater shares, also in chains). */
    public static List<Calibrator> all(RunMode mode) {
        List<Calibrator> out = new ArrayList<>(paper(mode));
        out.add(priorMix());
        out.add(vector());
        out.add(chain(temperature(), isotonic(mode)));
        out.add(chain(vector(), priorMix()));
        out.add(chain(isotonic(mode), priorMix()));
        return List.copyOf(out);
    }

    /** A calibrator by name: a single name or names joined by "+" (a chain, applied left to right). */
    public static Calibrator byName(String name) {
        String[] parts = name.trim().split("\\+");
        Calibrator c = single(parts[0].trim());
        for (int i = 1; i < parts.length; i++) c = chain(c, single(parts[i].trim()));
        return c;
    }

    private static Calibrator single(String name) {
        return switch (name) {
            case "temperature" -> temperature();
            case "bias" -> bias();
            case "isotonic" -> isotonic();
            case "prior_mix" -> priorMix();
            case "vector" -> vector();
            default -> throw new IllegalArgumentException("unknown calibrator '" + name
                    + "'; known: temperature, bias, isotonic, prior_mix, vector, or a chain like temperature+isotonic");
        };
    }
}
