package org.emogap.bench;

import com.sun.net.httpserver.HttpServer;
import org.emogap.judgment.Judgments;
import org.emogap.llm.Aggregator;
import org.emogap.llm.Item;
import org.emogap.llm.Mode;
import org.emogap.llm.ModelConfig;
import org.emogap.llm.Parsers;
import org.emogap.llm.Plan;
import org.emogap.llm.Prompt;
import org.emogap.llm.ResponseStore;
import org.emogap.llm.Runner;
import org.emogap.llm.SampleKey;
import org.emogap.llm.SampleRecord;
import org.emogap.llm.Status;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;

/**
 * Speed of the LLM runner and store. Run from {@code lib/} with the test classpath:
 * <pre>java -Xmx512m -XX:+UseParallelGC -cp target/classes:target/test-classes:target/dependency/* org.emogap.bench.LlmBench [throughput|stream|all]</pre>
 * (the garbage collector the kernel and {@code environment/annotate} use)
 * <ul>
 *   <li>throughput: a local server answering every request after exactly 50 ms, one model with
 *   concurrency 64, so the ideal is 64 / 0.050 s = 1,280 requests/s; the runner stores every answer.</li>
 *   <li>stream: 640,000 stored samples (2 datasets × 4 models × 4 temperatures × 10 samples × 2,000
 *   items, generated into {@code target/llm-bench/}) aggregated into judgments and written, twice
 *   (a cold JVM, then warm); reports time and the peak heap (run with -Xmx512m to show it fits).</li>
 * </ul>
 */
public final class LlmBench {
    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        Path dir = Path.of("target", "llm-bench");
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MB, load average %.2f%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (what.equals("throughput") || what.equals("all")) throughput(dir);
        if (what.equals("stream") || what.equals("all")) stream(dir);
    }

    static void throughput(Path dir) throws Exception {
        byte[] body = ("{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"[\\\"joy\\\"]\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":180,\"completion_tokens\":4}}").getBytes(StandardCharsets.UTF_8);
        // The JDK server leaves Nagle on by default: its separate header and body writes then wait for
        // the client's delayed ACK (~40 ms a response). vLLM/uvicorn sets TCP_NODELAY; so does this.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        var pool = Executors.newFixedThreadPool(96, r -> {
            Thread t = new Thread(r, "bench-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/v1/chat/completions", ex -> {
            try (ex) {
                ex.getRequestBody().readAllBytes();
                Thread.sleep(50);
                ex.getResponseHeaders().add("content-type", "application/json");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        ModelConfig m = ModelConfig.openAi("bench", base, "bench-model", null).withConcurrency(64);
        Prompt prompt = Prompt.resource("goemotions-paper-v1");
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < 2; round++) {
            long cpu0 = os.getProcessCpuTime();   // round 0 warms up the JIT and the connection pool
            int n = round == 0 ? 3200 : 12800;
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < n / 10; i++) items.add(new Item("r" + round + "-" + i, "benchmark text number " + i + " of round " + round));
            Plan plan = new Plan("goemotions", items, List.of(m), List.of(0.7), 10, prompt, 200, 42, 0);
            Path f = dir.resolve("throughput-" + round + ".jsonl");
            Files.deleteIfExists(f);
            try (ResponseStore store = ResponseStore.open(f)) {
                Runner.Summary s = Runner.builder(store).build().run(plan, null);
                double secs = s.elapsed().toNanos() / 1e9;
                if (round == 1) {
                    System.out.printf(Locale.ROOT, "throughput: %d requests, concurrency 64, 50 ms latency: %.2f s, %.0f requests/s = %.1f%% of the ideal 1,280/s (store on, %d records, %s)%n",
                            s.requests(), secs, s.requests() / secs, 100 * s.requests() / secs / 1280, store.size(), s.statuses());
                    System.out.printf(Locale.ROOT, "throughput: process CPU %.2f ms per request (client, server and store together), %.0f%% of %d cores busy; load average %.2f%n",
                            (os.getProcessCpuTime() - cpu0) / 1e6 / s.requests(), 100 * (os.getProcessCpuTime() - cpu0) / 1e9 / secs / os.getAvailableProcessors(),
                            os.getAvailableProcessors(), os.getSystemLoadAverage());
                }
            }
        }
        server.stop(0);
        pool.shutdownNow();
    }

    static void stream(Path dir) throws Exception {
        String[] models = {"gpt-5.4-mini", "claude-haiku-4.5", "llama-3.1-8b-instruct", "qwen3-8b"};
        double[] temps = {0.0, 0.3, 0.7, 1.0};
        Random rnd = new Random(42);
        long t0 = System.nanoTime();
        long bytes = 0;
        for (String ds : List.of("goemotions", "emobank")) {
            Path f = dir.resolve(ds + ".jsonl");
            try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                for (String model : models) for (double t : temps) for (int item = 0; item < 2000; item++) for (int s = 0; s < 10; s++) {
                    double[] v;
                    String raw;
                    if (ds.equals("goemotions")) {
                        v = new double[28];
                        int a = rnd.nextInt(28), b = rnd.nextInt(28);
                        v[a] = 1;
                        v[b] = 1;
                        raw = "[\"" + Parsers.GOEMOTIONS.get(a) + "\", \"" + Parsers.GOEMOTIONS.get(b) + "\"]";
                    } else {
                        v = new double[]{1 + rnd.nextInt(41) / 10.0, 1 + rnd.nextInt(41) / 10.0, 1 + rnd.nextInt(41) / 10.0};
                        raw = String.format(Locale.ROOT, "{\"V\": %.1f, \"A\": %.1f, \"D\": %.1f}", v[0], v[1], v[2]);
                    }
                    boolean fail = rnd.nextInt(100) == 0;
                    String key = SampleKey.sha256Hex(ds + model + t + item + s);
                    SampleRecord r = new SampleRecord(key, ds, "item-" + item, model, "openai", "http://localhost:8000/v1",
                            model, Mode.SAMPLE, ds + "-paper-v1", t, null, 200, 42 + s, s, fail ? Status.UNPARSEABLE : Status.OK,
                            fail ? null : v, fail ? "sorry" : raw, null, 200, 1, 180, 8, 420, "2026-01-01T00:00:00Z",
                            "2026-01-01T00:00:00.420Z", "stop", null);
                    String line = r.toJson();
                    bytes += line.length() + 1;
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        System.out.printf(Locale.ROOT, "stream: generated 640,000 records (%.0f MB) in %.1f s%n", bytes / 1e6, (System.nanoTime() - t0) / 1e9);
        // twice in one JVM: the first run includes the JIT's warm-up (what a fresh kernel sees), the second does not
        for (String run : List.of("cold", "warm")) {
            resetPeaks();
            long[] live = {0};
            Thread watch = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long sum = 0;
                    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) sum += p.getCollectionUsage().getUsed();
                    }
                    live[0] = Math.max(live[0], sum);
                    try { Thread.sleep(10); } catch (InterruptedException e) { return; }
                }
            });
            watch.setDaemon(true);
            watch.start();
            long t1 = System.nanoTime();
            int judgments = 0;
            for (String ds : List.of("goemotions", "emobank")) {
                Aggregator.Result r = Aggregator.judgments(dir.resolve(ds + ".jsonl"), ds, Aggregator.Options.defaults());
                judgments += r.judgments().size();
                Aggregator.write(dir.resolve("judgments"), r);
            }
            double secs = (System.nanoTime() - t1) / 1e9;
            watch.interrupt();
            System.out.printf(Locale.ROOT, "stream (%s): 640,000 records -> %,d judgments (one per model, temperature and item) written in %.1f s (%.0f records/s); heap: max %d MB, largest live set after a GC %d MB, pool peaks (garbage included) %d MB%n",
                    run, judgments, secs, 640_000 / secs, Runtime.getRuntime().maxMemory() >> 20, live[0] >> 20, peakHeap() >> 20);
        }
        if (Judgments.readAll(dir.resolve("judgments"), "emobank").isEmpty()) throw new IllegalStateException("no judgments written");
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap ever in use at once. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
