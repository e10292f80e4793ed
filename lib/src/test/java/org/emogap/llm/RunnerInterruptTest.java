package org.emogap.llm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class RunnerInterruptTest {
    @TempDir Path dir;

    @Test
    void interruptStopsTheRunAndARerunCompletesIt() throws Exception {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) items.add(new Item("i" + i, "text " + i));
        try (FakeLlmServer server = new FakeLlmServer((api, b, u, before, h) -> FakeLlmServer.Reply.text("[\"joy\"]").delayed(30), 8)) {
            ModelConfig m = ModelConfig.openAi("m", server.openAiBase(), "x", null).withConcurrency(2).withPrice(1, 1);
            Plan plan = new Plan("goemotions", items, List.of(m), List.of(0.0), 2, Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
            Path f = dir.resolve("s.jsonl");
            List<long[]> calls = new CopyOnWriteArrayList<>();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            try (ResponseStore s = ResponseStore.open(f)) {
                Thread t = new Thread(() -> {
                    try {
                        Runner.builder(s).build().run(plan, (done, total, failed, usd) -> calls.add(new long[]{done, total}));
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                });
                t.start();
                while (calls.size() < 10) Thread.sleep(5);
                t.interrupt();
                t.join(10_000);
                assertFalse(t.isAlive());
                assertInstanceOf(InterruptedException.class, thrown.get());
                long stored = s.size();
                assertTrue(stored >= 10 && stored < plan.size(), "stored " + stored);
                assertEquals(80, calls.get(0)[1]);
            }
            try (ResponseStore s = ResponseStore.open(f)) {
                long before = s.size();
                Runner.Summary sum = Runner.builder(s).build().run(plan, null);
                assertEquals(plan.size() - before, sum.stored());
                assertEquals(plan.size(), s.size());
                // 180 tokens in + 5 out per sample at $1 per million each
                assertEquals(sum.stored() * 185 / 1e6, sum.spendUsd(), 1e-12);
            }
        }
    }

    @Test
    void aStoreThatCannotBeWrittenStopsTheRunWithTheCause() throws Exception {
        try (FakeLlmServer server = new FakeLlmServer((api, b, u, before, h) -> FakeLlmServer.Reply.text("[\"joy\"]"), 4)) {
            ModelConfig m = ModelConfig.openAi("m", server.openAiBase(), "x", null).withConcurrency(2);
            Plan plan = new Plan("goemotions", List.of(new Item("a", "t"), new Item("b", "u")), List.of(m), List.of(0.0), 3,
                    Prompt.resource("goemotions-paper-v1"), 200, 42, 0);
            ResponseStore s = ResponseStore.open(dir.resolve("closed.jsonl"));
            s.close();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Runner.builder(s).build().run(plan, null));
            assertInstanceOf(java.io.UncheckedIOException.class, e.getCause());
        }
    }
}
