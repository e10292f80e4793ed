package org.emogap.notebook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesTest {
    @Test
    void everyKindOfAnnotatorIsNamedForWhatItIs() {
        assertEquals("`sim:bge-small-en-v1.5-q:head` (the simulated LLM, not a language model)", Names.model("sim:bge-small-en-v1.5-q:head"));
        assertEquals("`sim:x:head @ T=0.3` (the simulated LLM, not a language model)", Names.model("sim:x:head @ T=0.3"));
        assertEquals("`sim:x:head:paper` (the simulated LLM, not a language model)", Names.model("sim:x:head:paper"));
        assertEquals("`enc:all-minilm-l6-v2-q:head` (a trained head)", Names.model("enc:all-minilm-l6-v2-q:head"));
        assertEquals("`enc:all-minilm-l6-v2:zero-shot` (a zero-shot sentence encoder)", Names.model("enc:all-minilm-l6-v2:zero-shot"));
        assertEquals("`lex:warriner2013` (a word lexicon)", Names.model("lex:warriner2013"));
        assertEquals("`gpt-5.4-mini` (an LLM)", Names.model("gpt-5.4-mini"));
    }
}
