package org.emogap.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EstimateTest {
    @TempDir Path dir;

    @Test
    void tokensAndCostWorkedByHand() {
        // goemotions-paper-v1 with text "hi": system 673 chars + user 53 chars (counted with Python from
        // the resource) -> 726 / 4 = 181 + 4 per message x 2 = 189 tokens in per request
        ModelConfig m = ModelConfig.openAi("m", "http://h/v1", "x", null).withPrice(2.0, 10.0);
        Plan plan = new Plan("goemotions", List.of(new Item("a", "hi")), List.of(m), List.of(0.0, 1.0), 5,
                Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
        try (ResponseStore s = ResponseStore.open(dir.resolve("s.jsonl"))) {
            Estimate e = Runner.builder(s).build().estimate(plan);
            Estimate.Row r = e.rows().get(0);
            assertEquals(10, r.toSend());
            assertEquals(1890, r.tokensIn());
            assertEquals(120, r.tokensOutTypical());  // 12 per label-list answer
            assertEquals(2000, r.tokensOutCap());
            // cap: (1890 x 2 + 2000 x 10) / 1e6 = 0.02378; typical: (3780 + 1200) / 1e6 = 0.00498
            assertEquals(0.02378, e.costCap(), 1e-15);
            assertEquals(0.00498, e.costTypical(), 1e-15);
            assertEquals(1, e.table().rowCount());
        }
    }
}
