package org.emogap.calibrate;

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

    /** The paper's three methods, in its order. */
    public static List<Calibrator> paper() { return List.of(temperature(), bias(), isotonic()); }

    /** The paper's three, emogap's two, and the chains we report. */
    public static List<Calibrator> all() {
        List<Calibrator> out = new ArrayList<>(paper());
        out.add(priorMix());
        out.add(vector());
        out.add(chain(temperature(), isotonic()));
        out.add(chain(vector(), priorMix()));
        out.add(chain(isotonic(), priorMix()));
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
