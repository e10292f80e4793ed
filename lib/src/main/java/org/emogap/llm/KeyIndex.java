package org.emogap.llm;

/**
 * Sample key (its first 128 bits) → the ordinal of its last record in a store, as an open-addressing
 * table of primitives. Written here rather than a {@code HashMap<K, Long>} because boxing two
 * objects per record made the aggregator's first pass a quarter of its time on 640,000 records;
 * no library in the project's stack has a primitive map.
 */
final class KeyIndex {
    private long[] his, los;
    private long[] ords;
    private boolean[] used;
    private int size, mask;

    KeyIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        alloc(cap);
    }

    private void alloc(int cap) {
        his = new long[cap];
        los = new long[cap];
        ords = new long[cap];
        used = new boolean[cap];
        mask = cap - 1;
    }

    private static int hash(long hi, long lo) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo;
        return (int) (h ^ h >>> 32);
    }

    /** Sets the key's ordinal; true when it replaced an earlier one (the key came before). */
    boolean put(long hi, long lo, long ordinal) {
        if ((size + 1) * 2 > his.length) grow();
        int i = hash(hi, lo) & mask;
        while (used[i]) {
            if (his[i] == hi && los[i] == lo) {
                ords[i] = ordinal;
                return true;
            }
            i = i + 1 & mask;
        }
        used[i] = true;
        his[i] = hi;
        los[i] = lo;
        ords[i] = ordinal;
        size++;
        return false;
    }

    /** The key's ordinal, or -1. */
    long get(long hi, long lo) {
        int i = hash(hi, lo) & mask;
        while (used[i]) {
            if (his[i] == hi && los[i] == lo) return ords[i];
            i = i + 1 & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] h = his, l = los, o = ords;
        boolean[] u = used;
        alloc(his.length * 2);
        size = 0;
        for (int i = 0; i < h.length; i++) if (u[i]) put(h[i], l[i], o[i]);
    }

    @Override public String toString() {
        return "KeyIndex[" + size + " keys, capacity " + his.length + "]";
    }
}
