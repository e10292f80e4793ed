package org.emogap.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ByAgreementTest {
    @Test
    void keepsTheItemsOfOneLevelInOrder() {
        double[] v = {0.1, 0.2, 0.3, 0.4};
        String[] level = {"partial_agreement", "full_agreement", "partial_agreement", "full_disagreement"};
        assertArrayEquals(new double[]{0.1, 0.3}, ByAgreement.select(v, r -> level[r], "partial_agreement"), 0);
        assertArrayEquals(new double[]{0.4}, ByAgreement.select(v, r -> level[r], "full_disagreement"), 0);
        assertArrayEquals(v, ByAgreement.select(v, r -> level[r], "all"), 0);
        assertEquals(0, ByAgreement.select(v, r -> level[r], "nonexistent").length);
    }
}
