package org.emogap.llm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner in its own JVM, for the kill -9 test: {@code LlmRunChild <store> <openai base> <anthropic base> <items>}.
 * The API key comes from {@code EMOGAP_TEST_KEY} in its environment, as a user's would.
 */
public final class LlmRunChild {
    static Plan plan(String openAiBase, String anthropicBase, int nItems) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < nItems; i++) items.add(new Item("item-" + i, "text number " + i));
        ModelConfig oa = ModelConfig.openAi("child-openai", openAiBase, "gpt-fake", "EMOGAP_TEST_KEY").withConcurrency(8);
        ModelConfig an = new ModelConfig("child-anthropic", "anthropic", anthropicBase, "claude-fake", "EMOGAP_TEST_KEY",
                null, false, false, null, null, null, 8, 0, 0, 10, 3, 1.0, 5.0);
        return new Plan("goemotions", items, List.of(oa, an), List.of(0.0, 1.0), 5,
                Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
    }

    public static void main(String[] args) throws Exception {
        Plan plan = plan(args[1], args[2], Integer.parseInt(args[3]));
        System.out.println("models: " + plan.models());
        try (ResponseStore store = ResponseStore.open(Path.of(args[0]))) {
            System.out.println("store holds " + store.size() + (store.repairedTornTail() ? " (torn tail cut)" : ""));
            Runner r = Runner.builder(store).build();
            System.out.println("estimate: " + r.estimate(plan));
            Runner.Summary s = r.run(plan, (done, total, failed, usd) -> {
                if (done % 100 == 0) System.out.println(done + "/" + total + " failed " + failed);
            });
            System.out.println("summary: " + s);
        }
    }
}
