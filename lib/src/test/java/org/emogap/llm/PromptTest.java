package org.emogap.llm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PromptTest {
    @Test
    void paperPromptIsVerbatimAndRendersTheText() {
        Prompt p = Prompt.resource("goemotions-paper-v1");
        assertEquals("goemotions", p.dataset());
        assertEquals(Mode.SAMPLE, p.mode());
        assertTrue(p.system().startsWith("You are an emotion annotation assistant. Your task is to identify"));
        assertTrue(p.system().endsWith("- Example: [\"neutral\"]"));
        List<Message> m = p.render("I love it");
        assertEquals(new Message("user", "What emotions are expressed in this text?\n\nText: \"I love it\""), m.get(1));
        // the label line of the prompt is exactly the parser's label set
        assertTrue(p.system().contains(String.join(", ", Parsers.GOEMOTIONS)));
    }

    @Test
    void everyStandardPromptLoads() {
        for (String d : List.of("goemotions", "emobank")) {
            for (Mode mode : Mode.values()) {
                Prompt p = Prompt.standard(d, mode);
                assertEquals(d, p.dataset());
                assertEquals(mode, p.mode());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Prompt.resource("nope-v9"));
    }

    @Test
    void badPromptFileNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Prompt.parse("x", "dataset: emobank\nmode: sample\nhello\n", "x.prompt"));
        assertEquals("x.prompt:3: expected a header or '--- system', got 'hello'", e.getMessage());
    }
}
