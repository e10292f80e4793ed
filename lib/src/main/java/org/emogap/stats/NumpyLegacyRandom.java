package org.emogap.stats;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * NumPy's legacy {@code numpy.random.RandomState(seed)}, as far as the paper's scripts use it:
 * {@code shuffle}, {@code permutation} and {@code random_sample}, so that scikit-learn's
 * {@code KFold(shuffle=True, random_state=seed)} folds can be reproduced exactly (paper mode).
 *
 * <p>The generator is Commons Math's MT19937, seeded as {@code RandomState(int)} seeds it (Matsumoto
 * and Nishimura's {@code init_genrand}); only NumPy's documented draw rules are written here, since
 * no Java library reproduces them: {@code random_interval(max)} takes the low bits of a 32-bit draw
 * under the smallest all-ones mask ≥ max and rejects values above max; {@code shuffle} is
 * Fisher–Yates from the last element down, swapping i with {@code random_interval(i)};
 * {@code random_sample} is (a·2²⁶ + b) / 2⁵³ with a = draw >>> 5 and b = draw >>> 6.
 */
public final class NumpyLegacyRandom {
    private final MersenneTwister mt;

    /** As {@code RandomState(seed)}; NumPy accepts seeds 0 … 2³² − 1. */
    public NumpyLegacyRandom(long seed) {
        if (seed < 0 || seed > 0xFFFFFFFFL) throw new IllegalArgumentException("seed " + seed + " is outside 0 .. 2^32 - 1");
        mt = new MersenneTwister((int) seed);
    }

    /** The next 32-bit output, as an unsigned value. */
    public long nextUint32() {
        return mt.nextInt() & 0xFFFFFFFFL;
    }

    /** A uniform integer in [0, max] by masked rejection, as NumPy's {@code random_interval}. */
    public long randomInterval(long max) {
        if (max < 0 || max > 0xFFFFFFFFL) throw new IllegalArgumentException("max " + max + " is outside 0 .. 2^32 - 1");
        if (max == 0) return 0;
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long v;
        do {
            v = nextUint32() & mask;
        } while (v > max);
        return v;
    }

    /** Shuffles in place as {@code RandomState.shuffle} shuffles a 1-d array. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = (int) randomInterval(i);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }

    /** {@code RandomState.permutation(n)}: a shuffled 0 … n − 1. */
    public int[] permutation(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        shuffle(a);
        return a;
    }

    /** {@code RandomState.random_sample()}: a double in [0, 1) with 53 random bits. */
    public double randomSample() {
        long a = nextUint32() >>> 5, b = nextUint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }
}
