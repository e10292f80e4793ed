package org.emogap.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.emogap.llm.ModelConfig;
import org.emogap.llm.Mode;
import org.emogap.llm.Prompt;
import org.emogap.llm.SampleKey;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated LLM: a server on 127.0.0.1 that speaks OpenAI Chat Completions
 * ({@code POST /v1/chat/completions}, {@code GET /v1/models}) and Anthropic Messages
 * ({@code POST /v1/messages}) and answers emogap's own prompts (every shipped prompt: GoEmotions
 * and EmoBank, sample, verbalized and logprobs modes) from an {@link Oracle} — by default the run's
 * best trained heads ({@link HeadOracle}) — sampled as {@link Behaviour} says. It lets every LLM
 * step run here without a key; it is not evidence about real LLMs.
 *
 * <p>Requests: {@code model}, {@code messages} (OpenAI: a system and a user message; Anthropic:
 * {@code system} and a user message), {@code temperature} (default 1), {@code top_p} (accepted,
 * not used), {@code seed}, {@code max_tokens} / {@code max_completion_tokens} (an answer longer
 * than that many tokens, counted as characters / 4, is cut there with {@code finish_reason:
 * length}), {@code n} (1 only), {@code logprobs} / {@code top_logprobs}. Responses have the real
 * shapes with {@code usage} (tokens estimated as characters / 4) and a request id header. A request
 * without a seed is answered as sample k for the k-th time the same body arrives, so each sample
 * of an Anthropic-style plan still gets its own draw.
 */
public final class SimulatedLlm implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Prompt> PROMPTS = Prompt.SHIPPED.stream().map(Prompt::resource).toList();

    private final HttpServer server;
    private final ExecutorService pool;
    private final Oracle oracle;
    private final String modelName;
    private final double malformed;
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> repeats = new ConcurrentHashMap<>();

    /**
     * @param port      0 for a free port
     * @param modelName the model name it reports and that a configuration sends
     * @param malformed share of malformed answers (0 turns them off)
     */
    public SimulatedLlm(Oracle oracle, String modelName, int port, double malformed) throws IOException {
        if (!(malformed >= 0 && malformed <= 1)) throw new IllegalArgumentException("malformed share " + malformed + " is outside [0, 1]");
        this.oracle = oracle;
        this.modelName = modelName;
        this.malformed = malformed;
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        pool = Executors.newFixedThreadPool(Math.max(4, Runtime.getRuntime().availableProcessors() * 2), r -> {
            Thread t = new Thread(r, "emogap-simulated-llm");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/v1/chat/completions", ex -> handle(ex, false));
        server.createContext("/v1/messages", ex -> handle(ex, true));
        server.createContext("/v1/models", this::models);
        server.start();
    }

    /** The base URL of its OpenAI API ({@code http://127.0.0.1:<port>/v1}). */
    public String openAiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The base URL of its Anthropic API (the same server, without {@code /v1}). */
    public String anthropicBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public long requests() {
        return requests.get();
    }

    /** The annotator id of its judgments, e.g. {@code sim:bge-small-en-v1.5-q:head}. */
    public String modelId() {
        return modelName;
    }

    /**
     * A model entry for it on the OpenAI API: free, seeded, with log-probabilities, concurrency 8,
     * 30 s deadline, 3 attempts.
     */
    public ModelConfig modelConfig() {
        return new ModelConfig(modelName, "openai", openAiBase(), modelName, null, "max_tokens", true, true, null, null, null,
                8, 0, 0, 30, 3, 0, 0);
    }

    private void models(HttpExchange ex) throws IOException {
        try (ex) {
            ObjectNode o = JSON.createObjectNode().put("object", "list");
            o.putArray("data").addObject().put("id", modelName).put("object", "model").put("owned_by", "emogap-simulated")
                    .put("type", "model").put("display_name", modelName);
            send(ex, 200, o);
        }
    }

    private void handle(HttpExchange ex, boolean anthropic) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("POST")) {
                send(ex, 405, error("use POST"));
                return;
            }
            byte[] raw = ex.getRequestBody().readAllBytes();
            JsonNode req;
            try {
                req = JSON.readTree(raw);
            } catch (IOException e) {
                send(ex, 400, error("the body is not JSON"));
                return;
            }
            long id = requests.incrementAndGet();
            String system = anthropic ? req.path("system").asText(null) : null, user = null;
            for (JsonNode m : req.path("messages")) {
                String role = m.path("role").asText();
                if (role.equals("system")) system = m.path("content").asText();
                else if (role.equals("user")) user = m.path("content").asText();
            }
            if (req.path("n").asInt(1) != 1) {
                send(ex, 400, error("n must be 1"));
                return;
            }
            Prompt prompt = null;
            String text = null;
            for (Prompt p : PROMPTS) {
                if (!p.system().equals(system)) continue;
                text = p.textOf(user);
                if (text != null) {
                    prompt = p;
                    break;
                }
            }
            if (prompt == null) {
                send(ex, 400, error("the simulated LLM answers emogap's own prompts only (" + Prompt.SHIPPED + ")"));
                return;
            }
            double t = req.path("temperature").asDouble(1.0);
            Integer seed = req.hasNonNull("seed") ? req.get("seed").asInt() : null;
            // the body's digest, not the body: a night's plan without seeds would otherwise keep every request in memory
            int sample = seed != null ? 0 : (int) repeats.computeIfAbsent(SampleKey.sha256Hex(new String(raw, StandardCharsets.UTF_8)),
                    k -> new AtomicLong()).getAndIncrement();
            int top = req.path("logprobs").asBoolean(false) ? req.path("top_logprobs").asInt(5) : 0;
            var rnd = Behaviour.random(text, t, seed, sample);
            Behaviour.Answer a = prompt.dataset().equals("goemotions")
                    ? Behaviour.goEmotions(oracle.distribution(text), prompt.mode(), t, top, rnd, malformed)
                    : Behaviour.emoBank(oracle.vad(text), prompt.mode(), t, top, rnd, malformed);
            int maxTokens = req.has("max_completion_tokens") ? req.get("max_completion_tokens").asInt() : req.path("max_tokens").asInt(Integer.MAX_VALUE);
            String content = a.text();
            boolean cut = content.length() > 4L * maxTokens;
            if (cut) content = content.substring(0, 4 * maxTokens);
            int in = (system == null ? 0 : system.length()) / 4 + (user == null ? 0 : user.length()) / 4 + 8, out = Math.max(1, content.length() / 4);
            ex.getResponseHeaders().add(anthropic ? "request-id" : "x-request-id", "req_sim_" + id);
            String model = req.path("model").asText(modelName);
            send(ex, 200, anthropic ? anthropicBody(id, model, content, cut, in, out)
                    : openAiBody(id, model, content, cut, in, out, top > 0 ? a.tokens() : null));
        }
    }

    private ObjectNode openAiBody(long id, String model, String content, boolean cut, int in, int out, List<Behaviour.Token> tokens) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "chatcmpl-sim-" + id).put("object", "chat.completion").put("created", System.currentTimeMillis() / 1000)
                .put("model", model).put("system_fingerprint", "sim-" + modelName).put("service_tier", "default");
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        if (tokens == null || tokens.isEmpty()) choice.putNull("logprobs");
        else {
            ArrayNode c = choice.putObject("logprobs").putArray("content");
            for (Behaviour.Token t : tokens) {
                ObjectNode n = c.addObject().put("token", t.token()).put("logprob", t.logprob());
                n.putNull("bytes");
                ArrayNode alts = n.putArray("top_logprobs");
                for (Behaviour.Alt alt : t.top()) alts.addObject().put("token", alt.token()).put("logprob", alt.logprob()).putNull("bytes");
            }
        }
        choice.put("finish_reason", cut ? "length" : "stop");
        ObjectNode u = o.putObject("usage").put("prompt_tokens", in).put("completion_tokens", out).put("total_tokens", in + out);
        u.putObject("prompt_tokens_details").put("cached_tokens", 0);
        u.putObject("completion_tokens_details").put("reasoning_tokens", 0);
        return o;
    }

    private ObjectNode anthropicBody(long id, String model, String content, boolean cut, int in, int out) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "msg_sim_" + id).put("type", "message").put("role", "assistant").put("model", model);
        ArrayNode c = o.putArray("content");
        if (!content.isEmpty()) c.addObject().put("type", "text").put("text", content);
        o.put("stop_reason", cut ? "max_tokens" : "end_turn").putNull("stop_sequence");
        o.putObject("usage").put("input_tokens", in).put("output_tokens", out).put("cache_creation_input_tokens", 0)
                .put("cache_read_input_tokens", 0).put("service_tier", "standard");
        return o;
    }

    private static ObjectNode error(String message) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("error").put("message", message).put("type", "invalid_request_error");
        return o;
    }

    private static void send(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] b = body.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("content-type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
    }

    @Override public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** What the simulator asks for an answer: a label distribution and V/A/D for a text. */
    public interface Oracle {
        double[] distribution(String text);

        double[] vad(String text);
    }

    /**
     * Whether a run uses the simulator: {@code EMOGAP_SIMULATED_LLM} = {@code auto} (the default: when
     * no model is configured), {@code always} (next to the configured ones) or {@code never}.
     */
    public static boolean wanted(List<ModelConfig> configured) {
        String v = org.emogap.Project.setting("EMOGAP_SIMULATED_LLM", "auto");
        return switch (v) {
            case "auto" -> configured.isEmpty();
            case "always" -> true;
            case "never" -> false;
            default -> throw new IllegalArgumentException("EMOGAP_SIMULATED_LLM is '" + v + "', expected auto, always or never");
        };
    }

    /**
     * The run's simulator, heads loaded: on port {@code EMOGAP_SIM_PORT} (default 8765, so its base
     * URL — part of every sample key — is the same from run to run and a rerun finds its samples
     * stored), or on a free port when that one is taken (then samples stored under the usual port
     * are not reused). Malformed share {@code EMOGAP_SIM_MALFORMED} (default 2 %).
     */
    public static SimulatedLlm startForRun() throws IOException {
        HeadOracle o = HeadOracle.forRun(null).load();
        double bad = Double.parseDouble(org.emogap.Project.setting("EMOGAP_SIM_MALFORMED", Double.toString(Behaviour.MALFORMED)));
        try {
            return new SimulatedLlm(o, o.modelId(), org.emogap.Project.intSetting("EMOGAP_SIM_PORT", DEFAULT_PORT), bad);
        } catch (java.net.BindException taken) {
            return new SimulatedLlm(o, o.modelId(), 0, bad);
        }
    }

    /** The port the example configuration names. */
    public static final int DEFAULT_PORT = 8765;

    /**
     * {@code environment/simulated-llm [--port N] [--encoder ID] [--malformed SHARE]}: serves until
     * stopped. The port defaults to 8765 (what {@code environment/models.example.json} names).
     */
    public static void main(String[] args) throws Exception {
        int port = DEFAULT_PORT;
        String encoder = null;
        double malformed = Behaviour.MALFORMED;
        List<String> a = new ArrayList<>(List.of(args));
        for (int i = 0; i < a.size(); i++) {
            switch (a.get(i)) {
                case "--port" -> port = Integer.parseInt(a.get(++i));
                case "--encoder" -> encoder = a.get(++i);
                case "--malformed" -> malformed = Double.parseDouble(a.get(++i));
                default -> {
                    System.err.println("usage: environment/simulated-llm [--port N] [--encoder ID] [--malformed SHARE]");
                    System.exit(2);
                }
            }
        }
        HeadOracle oracle = HeadOracle.forRun(encoder);
        System.err.println("loading the heads of " + oracle.encoderId() + " (trained by notebook 02, else trained now) ...");
        oracle.load();
        SimulatedLlm sim = new SimulatedLlm(oracle, oracle.modelId(), port, malformed);
        System.err.println("simulated LLM " + sim.modelId() + " on " + sim.openAiBase() + " (OpenAI) and " + sim.anthropicBase()
                + " (Anthropic); " + Math.round(malformed * 100) + "% malformed answers; Ctrl-C stops it");
        Thread.currentThread().join();
    }
}
