package org.emogap.llm;

/** Prints what a model configured with the key in {@code EMOGAP_TEST_KEY} reports as its problem. */
public final class KeyCheckChild {
    public static void main(String[] args) {
        ModelConfig m = new ModelConfig("k", "openai", "http://127.0.0.1:1/v1", "g", "EMOGAP_TEST_KEY", null, true, true,
                null, null, null, 1, 0, 0, 5, 1, 0, 0);
        System.out.println("problem: " + m.problem());
    }
}
