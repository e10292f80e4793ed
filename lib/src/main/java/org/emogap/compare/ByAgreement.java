package org.emogap.compare;

import java.util.function.IntFunction;

/** Per-item values restricted to one agreement level, shared by item metrics and noise floors. */
final class ByAgreement {
    private ByAgreement() {}

    /** The values of the items at {@code level} in item order; "all" returns every value. */
    static double[] select(double[] all, IntFunction<String> agreementOf, String level) {
        if (level.equals("all")) return all;
        int c = 0;
        for (int r = 0; r < all.length; r++) if (agreementOf.apply(r).equals(level)) c++;
        double[] out = new double[c];
        c = 0;
        for (int r = 0; r < all.length; r++) if (agreementOf.apply(r).equals(level)) out[c++] = all[r];
        return out;
    }
}
