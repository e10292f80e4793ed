package org.emogap.llm;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs a {@link Plan} into a {@link ResponseStore}: skips every sample the store already holds, runs
 * each model with its own bounded set of workers and client-side rate limits, retries 429/5xx/
 * timeouts/connection failures with exponential backoff and full jitter (honouring Retry-After) up
 * to the model's attempt bound, and stores a failed sample as an {@code error} record, which a later
 * run re-asks only with {@link Builder#retryErrors(boolean)}. A sample is stored only once finished,
 * so an interrupted run (thread interrupt, Ctrl-C, kill -9) is completed by running again.
 *
 * <p>Spend is tracked live from the usage every response reports (parsed or not). With a budget
 * ({@link Builder#budget}), each attempt first reserves its worst case — its input tokens (the
 * larger of the chars/4 estimate and the most a response of that model has reported) plus the
 * full output cap — and no new attempt starts once spend plus open reservations would pass the
 * budget; attempts in flight finish and are stored. A 401 or 403 stops that model's workers at the
 * first occurrence (nothing is stored for it, so a rerun with a working key asks again).
 */
public final class Runner {
    private final ResponseStore store;
    private final Function<ModelConfig, ChatClient> clients;
    private final boolean retryErrors;
    private final Duration backoffBase, backoffMax, retryAfterMax;
    private final Random jitter;
    private final double budget;

    private Runner(Builder b) {
        store = b.store;
        clients = b.clients;
        retryErrors = b.retryErrors;
        backoffBase = b.backoffBase;
        backoffMax = b.backoffMax;
        retryAfterMax = b.retryAfterMax;
        jitter = new Random(b.seed);
        budget = b.budget;
    }

    public static Builder builder(ResponseStore store) {
        return new Builder(store);
    }

    /** Options; defaults: no retry of stored errors, backoff 1 s doubling to 60 s, Retry-After honoured up to 5 min. */
    public static final class Builder {
        private final ResponseStore store;
        private Function<ModelConfig, ChatClient> clients = ChatClient::of;
        private boolean retryErrors;
        private Duration backoffBase = Duration.ofSeconds(1), backoffMax = Duration.ofSeconds(60),
                retryAfterMax = Duration.ofMinutes(5);
        private long seed = 42;
        private double budget = Double.POSITIVE_INFINITY;

        private Builder(ResponseStore store) {
            this.store = store;
        }

        public Builder clients(Function<ModelConfig, ChatClient> f) { clients = f; return this; }
        public Builder retryErrors(boolean b) { retryErrors = b; return this; }
        public Builder backoff(Duration base, Duration max) { backoffBase = base; backoffMax = max; return this; }
        public Builder retryAfterMax(Duration d) { retryAfterMax = d; return this; }
        /** Seed of the backoff jitter (jitter never changes what is stored). */
        public Builder seed(long s) { seed = s; return this; }
        /** USD this run may spend at most (see the class comment); infinite by default. */
        public Builder budget(double usd) {
            if (!(usd >= 0)) throw new IllegalArgumentException("budget is " + usd + " USD, must be a number >= 0");
            budget = usd;
            return this;
        }
        public Runner build() { return new Runner(this); }
    }

    /**
     * What a run did. {@code stopped} names, per model, why its run ended before its plan did (an
     * authentication failure); {@code budgetStopped} says the budget ended the run.
     */
    public record Summary(long planned, long alreadyStored, long stored, long requests, Map<Status, Long> statuses,
                          long tokensIn, long tokensOut, double spendUsd, Duration elapsed, boolean interrupted,
                          Map<String, String> stopped, boolean budgetStopped) {
        /** Whether every planned sample is now stored (failures counted). */
        public boolean complete() {
            return alreadyStored + stored == planned;
        }
    }

    private boolean pending(String key) {
        Status s = store.status(key);
        return s == null || retryErrors && s == Status.ERROR;
    }

    /** Samples of the plan not yet stored (or stored as errors, when retrying errors), per model id. */
    public Map<String, Long> pending(Plan plan) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (ModelConfig m : plan.models()) out.put(m.id(), (long) pendingIndexes(plan, m).length);
        return out;
    }

    /** The dry run: per model, requests to send, estimated tokens and cost (see {@link Estimate}). */
    public Estimate estimate(Plan plan) {
        List<Estimate.Row> rows = new ArrayList<>();
        for (ModelConfig m : plan.models()) {
            long[] idx = pendingIndexes(plan, m);
            long in = 0;
            for (long i : idx) in += Estimate.tokens(task(plan, m, i).request());
            int cap = m.maxTokens() != null ? m.maxTokens() : plan.maxTokens();
            long typical = Math.min(cap, Estimate.typicalOutput(plan.dataset(), plan.mode()));
            rows.add(new Estimate.Row(m.id(), plan.size() / Math.max(1, plan.models().size()),
                    plan.size() / Math.max(1, plan.models().size()) - idx.length, idx.length, in,
                    typical * idx.length, (long) cap * idx.length, m.cost(in, typical * idx.length), m.cost(in, (long) cap * idx.length),
                    m.problem()));
        }
        return new Estimate(plan.dataset(), plan.mode(), plan.prompt().version(), rows);
    }

    /**
     * The plan's indexes of a model whose samples are pending, in plan order. Keys are computed on
     * every core (a key is a SHA-256 of the whole request: 130,000 of them took seconds on one).
     */
    private long[] pendingIndexes(Plan plan, ModelConfig m) {
        int ni = plan.items().size(), ns = plan.samples();
        long n = (long) plan.temperatures().size() * ni * ns;
        return java.util.stream.LongStream.range(0, n).parallel().filter(i -> pending(task(plan, m, i).key())).toArray();
    }

    private static Plan.Task task(Plan plan, ModelConfig m, long index) {
        int ni = plan.items().size(), ns = plan.samples();
        int s = (int) (index % ns);
        int i = (int) (index / ns % ni);
        int t = (int) (index / ns / ni);
        return plan.task(m, plan.temperatures().get(t), plan.items().get(i), s);
    }

    /**
     * Runs what is pending. Every model whose key is missing is refused up front (the message names the
     * variable, never a value). Interrupting the calling thread stops the workers; finished samples stay.
     */
    public Summary run(Plan plan, RunListener listener) throws InterruptedException {
        long startNanos = System.nanoTime();
        List<String> problems = new ArrayList<>();
        for (ModelConfig m : plan.models()) if (m.problem() != null) problems.add(m.id() + ": " + m.problem());
        if (!problems.isEmpty()) throw new IllegalStateException("cannot run: " + String.join("; ", problems));
        Map<ModelConfig, long[]> todo = new LinkedHashMap<>();
        long total = 0;
        for (ModelConfig m : plan.models()) {
            long[] idx = pendingIndexes(plan, m);
            todo.put(m, idx);
            total += idx.length;
        }
        Counters c = new Counters(total, listener, budget);
        // each model's identity once, not a hash per stored sample (the map is only read from here on)
        Map<ModelConfig, String> identities = new java.util.IdentityHashMap<>();
        for (ModelConfig m : plan.models()) identities.put(m, m.identity());
        List<Thread> workers = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> broken = new java.util.concurrent.atomic.AtomicReference<>();
        for (Map.Entry<ModelConfig, long[]> e : todo.entrySet()) {
            ModelConfig m = e.getKey();
            long[] idx = e.getValue();
            if (idx.length == 0) continue;
            ChatClient client = clients.apply(m);
            RateLimiter limiter = new RateLimiter(m.requestsPerMinute(), m.tokensPerMinute());
            AtomicInteger next = new AtomicInteger();
            for (int w = 0; w < Math.min(m.concurrency(), idx.length); w++) {
                Thread t = new Thread(() -> {
                    try {
                        for (int k; !c.halted(m) && (k = next.getAndIncrement()) < idx.length && !Thread.currentThread().isInterrupted(); ) {
                            SampleRecord r = ask(plan, client, limiter, task(plan, m, idx[k]), c, identities.get(m));
                            if (r == null) break; // stopped: by the budget or a refused key
                            store.append(r);
                            c.stored(r);
                        }
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException bug) {
                        // a store that cannot be written or a bug: stop every worker, report it from run()
                        broken.compareAndSet(null, bug);
                        workers.forEach(Thread::interrupt);
                    }
                }, "emogap-llm-" + m.id() + "-" + w);
                t.setDaemon(true);
                workers.add(t);
            }
        }
        workers.forEach(Thread::start);
        boolean interrupted = false;
        try {
            for (Thread t : workers) t.join();
        } catch (InterruptedException e) {
            interrupted = true;
            workers.forEach(Thread::interrupt);
            for (Thread t : workers) t.join(5000);
        }
        if (broken.get() != null) {
            throw new IllegalStateException("run stopped after " + c.done.get() + " samples: " + broken.get().getMessage(), broken.get());
        }
        Summary s = new Summary(plan.size(), plan.size() - total, c.done.get(), c.requests.get(), c.statusMap(),
                c.tokensIn.get(), c.tokensOut.get(), c.spend(), Duration.ofNanos(System.nanoTime() - startNanos), interrupted,
                Map.copyOf(c.stopped), c.budgetStopped);
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedException("run interrupted after " + s.stored() + " of " + total + " samples; run again to finish");
        }
        return s;
    }

    /** One sample, retried as allowed; null when the run must not send it (budget spent, or the model's key refused). */
    private SampleRecord ask(Plan plan, ChatClient client, RateLimiter limiter, Plan.Task t, Counters c, String identity)
            throws InterruptedException {
        ModelConfig m = t.model();
        String started = Instant.now().toString();
        limiter.acquire(Estimate.tokens(t.request()) + t.request().maxTokens());
        int attempt = 0, lastStatus = 0;
        String lastError = null;
        while (true) {
            attempt++;
            long t0 = System.nanoTime();
            Duration retryAfter = null;
            boolean retriable;
            double reserved = c.reserve(m, Estimate.tokens(t.request()), t.request().maxTokens());
            if (Double.isNaN(reserved) || c.halted(m)) {
                if (!Double.isNaN(reserved)) c.release(reserved);
                return null;
            }
            c.requests.incrementAndGet();
            try {
                ChatResponse r = client.send(t.request());
                c.charge(m, reserved, r.tokensIn(), r.tokensOut());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Parsed p = Parsers.parse(plan.dataset(), plan.mode(), r);
                return record(plan, t, p.status(), p.value(), r.text(), p.detail(), r.httpStatus(), attempt, r.tokensIn(),
                        r.tokensOut(), ms, started, r.stopReason(), plan.mode() == Mode.LOGPROBS ? logprobsJson(r) : null, r.meta(), identity);
            } catch (ApiException e) {
                c.release(reserved);
                if (e.status() == 401 || e.status() == 403) {
                    c.halt(m, "HTTP " + e.status() + ": the server refused the key in " + m.apiKeyEnv() + " (" + e.getMessage() + ")");
                    return null;
                }
                lastStatus = e.status();
                lastError = e.getMessage();
                retriable = e.retriable();
                retryAfter = e.retryAfter();
            } catch (IOException e) {
                c.release(reserved);
                lastStatus = 0;
                lastError = e.getMessage();
                retriable = true;
            }
            if (!retriable || attempt >= m.maxAttempts()) {
                return record(plan, t, Status.ERROR, null, null, (retriable ? "gave up after " + attempt + " attempts: " : "") + lastError,
                        lastStatus, attempt, 0, 0, (System.nanoTime() - t0) / 1_000_000, started, null, null, Map.of(), identity);
            }
            Thread.sleep(delay(attempt, retryAfter).toMillis());
        }
    }

    /** Retry-After when given (capped), else full jitter over base·2^(attempt-1), capped. */
    Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null) return retryAfter.compareTo(retryAfterMax) > 0 ? retryAfterMax : retryAfter;
        double cap = Math.min(backoffMax.toMillis(), backoffBase.toMillis() * Math.pow(2, attempt - 1));
        double r;
        synchronized (jitter) {
            r = jitter.nextDouble();
        }
        return Duration.ofMillis((long) (r * cap));
    }

    private static SampleRecord record(Plan plan, Plan.Task t, Status status, double[] value, String raw, String detail,
                                       int http, int attempts, int in, int out, long ms, String started, String stop,
                                       String logprobs, Map<String, String> meta, String identity) {
        ChatRequest q = t.request();
        ModelConfig m = t.model();
        Map<String, String> prov = new java.util.TreeMap<>(meta);
        prov.put("identity", identity);
        return new SampleRecord(t.key(), plan.dataset(), t.item().id(), m.id(), m.provider(), m.baseUrl(), m.model(),
                plan.mode(), plan.prompt().version(), t.temperature(), q.topP(), q.maxTokens(), q.seed(), t.sample(),
                status, value, raw, detail, http, attempts, in, out, ms, started, Instant.now().toString(), stop, logprobs, prov);
    }

    /** {@code [[token, logprob, [[alt, logprob], ...]], ...]} as compact JSON. */
    static String logprobsJson(ChatResponse r) {
        var out = HttpChat.JSON.createArrayNode();
        for (ChatResponse.Token t : r.logprobs()) {
            var tok = out.addArray();
            tok.add(t.token()).add(t.logprob());
            var top = tok.addArray();
            for (ChatResponse.Alt a : t.top()) top.addArray().add(a.token()).add(a.logprob());
        }
        return out.toString();
    }

    private static final class Counters {
        final long total;
        final RunListener listener;
        final double budget;
        final AtomicLong done = new AtomicLong(), failed = new AtomicLong(), requests = new AtomicLong(),
                tokensIn = new AtomicLong(), tokensOut = new AtomicLong();
        final Map<Status, AtomicLong> statuses = new EnumMap<>(Status.class);
        final Map<String, String> stopped = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, Long> mostIn = new java.util.concurrent.ConcurrentHashMap<>();
        private double spend, reserved;
        volatile boolean budgetStopped;

        Counters(long total, RunListener listener, double budget) {
            this.total = total;
            this.listener = listener == null ? RunListener.NONE : listener;
            this.budget = budget;
            for (Status s : Status.values()) statuses.put(s, new AtomicLong());
        }

        /** A model stops at a refused key; a priced one also once the budget is reached (free ones go on). */
        boolean halted(ModelConfig m) {
            return stopped.containsKey(m.id()) || budgetStopped && m.cost(1_000_000, 1_000_000) > 0;
        }

        void halt(ModelConfig m, String why) {
            stopped.putIfAbsent(m.id(), why);
        }

        /** Reserves an attempt's worst-case cost; NaN (nothing reserved) when it could pass the budget. */
        synchronized double reserve(ModelConfig m, long estimatedIn, int maxOut) {
            double worst = m.cost(Math.max(estimatedIn, mostIn.getOrDefault(m.id(), 0L)), maxOut);
            if (worst > 0 && spend + reserved + worst > budget) {
                budgetStopped = true;
                return Double.NaN;
            }
            reserved += worst;
            return worst;
        }

        synchronized void release(double r) {
            reserved -= r;
        }

        /** An answer came back: its reported usage is spent, parsed or not. */
        void charge(ModelConfig m, double r, int in, int out) {
            mostIn.merge(m.id(), (long) in, Math::max);
            tokensIn.addAndGet(in);
            tokensOut.addAndGet(out);
            synchronized (this) {
                reserved -= r;
                spend += m.cost(in, out);
            }
        }

        void stored(SampleRecord r) {
            statuses.get(r.status()).incrementAndGet();
            if (!r.ok()) failed.incrementAndGet();
            listener.sampleStored(done.incrementAndGet(), total, failed.get(), spend());
        }

        synchronized double spend() {
            return spend;
        }

        Map<Status, Long> statusMap() {
            Map<Status, Long> m = new EnumMap<>(Status.class);
            statuses.forEach((k, v) -> { if (v.get() > 0) m.put(k, v.get()); });
            return m;
        }
    }
}
