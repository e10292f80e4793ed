package org.emogap.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class GoCommentTest {
    private static final int K = GoEmotions.K;

    /** A comment whose raters ticked the given label indices (an empty row = very unclear). */
    static GoComment comment(String id, int[]... raters) {
        byte[] r = new byte[raters.length * K];
        boolean[] unclear = new boolean[raters.length];
        String[] ids = new String[raters.length];
        for (int i = 0; i < raters.length; i++) {
            ids[i] = "r" + i;
            unclear[i] = raters[i].length == 0;
            for (int k : raters[i]) r[i * K + k] = 1;
        }
        return new GoComment(id, "text " + id, ids, unclear, r);
    }

    @Test
    void ratesAndDistributionByHand() {
        // 4 raters: joy(17) by all 4, love(18) by 2, neutral(27) by 1.
        // r = joy 4/4 = 1, love 2/4 = .5, neutral 1/4 = .25; Σr = 1.75
        // h = joy 1/1.75 = 4/7, love 2/7, neutral 1/7
        GoComment c = comment("a", new int[]{17, 18}, new int[]{17, 18}, new int[]{17}, new int[]{17, 27});
        double[] r = c.rates();
        assertEquals(1.0, r[17], 1e-15);
        assertEquals(0.5, r[18], 1e-15);
        assertEquals(0.25, r[27], 1e-15);
        assertEquals(0.0, r[0], 0);
        double[] h = c.distribution();
        assertEquals(4.0 / 7, h[17], 1e-15);
        assertEquals(2.0 / 7, h[18], 1e-15);
        assertEquals(1.0 / 7, h[27], 1e-15);
        assertEquals(Agreement.PARTIAL_AGREEMENT, c.agreement());
        assertArrayEquals(new int[]{17, 18}, c.labelsWithVotes(2));
        assertTrue(c.ratingOf(3)[27]);
        assertFalse(c.ratingOf(2)[18]);
    }

    @Test
    void agreementLevelsByHand() {
        // every r_k is 0 or 1: joy by all three, nothing else
        assertEquals(Agreement.FULL_AGREEMENT, comment("f", new int[]{17}, new int[]{17}, new int[]{17}).agreement());
        // every r_k <= 1/3: three raters, three different labels
        assertEquals(Agreement.FULL_DISAGREEMENT, comment("d", new int[]{1}, new int[]{2}, new int[]{3}).agreement());
        // joy 2/3 > 1/3 and not 0/1
        assertEquals(Agreement.PARTIAL_AGREEMENT, comment("p", new int[]{17}, new int[]{17}, new int[]{3}).agreement());
        // all raters very unclear: r = 0 everywhere, which the rule calls full agreement; h is uniform
        GoComment u = comment("u", new int[]{}, new int[]{}, new int[]{});
        assertEquals(Agreement.FULL_AGREEMENT, u.agreement());
        assertEquals(1.0 / K, u.distribution()[5], 1e-15);
        assertEquals(3, u.veryUnclearCount());
        // one very-unclear rater among labellers: joy 2/3, so partial
        assertEquals(Agreement.PARTIAL_AGREEMENT, comment("v", new int[]{17}, new int[]{17}, new int[]{}).agreement());
    }

    @Test
    void arraysAreCopiedAndValidated() {
        byte[] r = new byte[K];
        r[0] = 1;
        GoComment c = new GoComment("x", "t", new String[]{"1"}, new boolean[]{false}, r);
        r[0] = 0;
        assertEquals(1.0, c.rates()[0]);
        c.ratings()[0] = 0;
        assertEquals(1.0, c.rates()[0]);
        assertThrows(IllegalArgumentException.class, () -> new GoComment("x", "t", new String[]{"1"}, new boolean[]{false}, new byte[K - 1]));
        byte[] bad = new byte[K];
        bad[3] = 2;
        assertThrows(IllegalArgumentException.class, () -> new GoComment("x", "t", new String[]{"1"}, new boolean[]{false}, bad));
    }
}
