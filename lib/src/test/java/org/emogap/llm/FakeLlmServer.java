package org.emogap.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process server speaking both wire formats: OpenAI Chat Completions at
 * {@code /v1/chat/completions} and Anthropic Messages at {@code /v1/messages}. What it answers is
 * decided by a {@link Script} from the request and the number of times the same request body came
 * before (so "fail twice, then answer" is deterministic under any concurrency).
 */
final class FakeLlmServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: HTTP status, headers, the assistant text (or a raw body), a delay, or a dropped connection. */
    record Reply(int status, Map<String, String> headers, String content, String rawBody, long delayMs, boolean drop,
                 String stopReason, boolean stallBody, int usageIn) {
        Reply(int status, Map<String, String> headers, String content, String rawBody, long delayMs, boolean drop, String stopReason) {
            this(status, headers, content, rawBody, delayMs, drop, stopReason, false, 0);
        }
        static Reply text(String content) { return new Reply(200, Map.of(), content, null, 0, false, null); }
        static Reply status(int s, Map<String, String> h) { return new Reply(s, h, null, "{\"error\":{\"message\":\"status " + s + "\"}}", 0, false, null); }
        static Reply raw(int s, String body) { return new Reply(s, Map.of(), null, body, 0, false, null); }
        static Reply dropped() { return new Reply(0, Map.of(), null, null, 0, true, null); }
        Reply delayed(long ms) { return new Reply(status, headers, content, rawBody, ms, drop, stopReason, stallBody, usageIn); }
        Reply stop(String reason) { return new Reply(status, headers, content, rawBody, delayMs, drop, reason, stallBody, usageIn); }
        /** Sends the headers and the first bytes of the body, then nothing for a minute. */
        Reply stalled() { return new Reply(status, headers, content, rawBody, delayMs, drop, stopReason, true, usageIn); }
        /** Reports this many input tokens in the usage (OpenAI format). */
        Reply usage(int in) { return new Reply(status, headers, content, rawBody, delayMs, drop, stopReason, stallBody, in); }
    }

    /** Decides a reply; {@code api} is "openai" or "anthropic", {@code userText} the last user message. */
    interface Script {
        Reply reply(String api, JsonNode body, String userText, int previousTries, Map<String, String> headers);
    }

    final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
    final List<String> authSeen = new CopyOnWriteArrayList<>();
    final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    /** Request body → when its stalled answer stopped stalling (absent while it still stalls). */
    final Map<String, Long> stallEnds = new ConcurrentHashMap<>();
    volatile Script script;

    FakeLlmServer(Script script, int threads) throws IOException {
        this.script = script;
        // without it the JDK server's header and body writes wait on delayed ACKs (~40 ms a response)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fake-llm");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", ex -> handle("openai", ex));
        server.createContext("/v1/messages", ex -> handle("anthropic", ex));
        // the listing both APIs serve, which emogap probes before a run (not counted in requests)
        server.createContext("/v1/models", ex -> {
            try (ex) {
                byte[] b = "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-fake\",\"object\":\"model\"}]}".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("content-type", "application/json");
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            }
        });
        server.start();
    }

    String openAiBase() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1"; }

    String anthropicBase() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    private void handle(String api, HttpExchange ex) throws IOException {
        try (ex) {
            requests.incrementAndGet();
            String bodyText = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body = JSON.readTree(bodyText);
            String auth = api.equals("openai") ? ex.getRequestHeaders().getFirst("authorization") : ex.getRequestHeaders().getFirst("x-api-key");
            if (auth != null) authSeen.add(auth);
            Map<String, String> headers = new java.util.HashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            int before = tries.computeIfAbsent(bodyText, k -> new AtomicInteger()).getAndIncrement();
            arrivals.computeIfAbsent(bodyText, k -> new CopyOnWriteArrayList<>()).add(System.nanoTime());
            JsonNode msgs = body.path("messages");
            String user = msgs.get(msgs.size() - 1).path("content").asText();
            Reply r = script.reply(api, body, user, before, headers);
            if (r.delayMs() > 0) Thread.sleep(r.delayMs());
            if (r.drop()) {
                // Closing an exchange that sent no headers closes the socket: the client sees EOF.
                return;
            }
            String out = r.rawBody() != null ? r.rawBody() : api.equals("openai") ? openAi(body, r) : anthropic(body, r);
            ex.getResponseHeaders().add("x-request-id", "req_" + requests.get());
            byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
            r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            ex.getResponseHeaders().add("content-type", "application/json");
            ex.sendResponseHeaders(r.status(), bytes.length);
            if (r.stallBody()) {
                ex.getResponseBody().write(bytes, 0, 5);
                ex.getResponseBody().flush();
                try {
                    Thread.sleep(60_000);
                } finally {
                    stallEnds.put(bodyText, System.nanoTime());
                }
                return;
            }
            ex.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the client went away (its timeout): nothing to answer
        }
    }

    private static String openAi(JsonNode req, Reply r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "chatcmpl-1").put("object", "chat.completion").put("model", req.path("model").asText());
        ObjectNode choice = o.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode msg = choice.putObject("message");
        msg.put("role", "assistant");
        if ("refusal".equals(r.stopReason())) { msg.putNull("content"); msg.put("refusal", r.content()); }
        else { msg.put("content", r.content()); msg.putNull("refusal"); }
        choice.put("finish_reason", r.stopReason() != null && !r.stopReason().equals("refusal") ? r.stopReason() : "stop");
        if (req.path("logprobs").asBoolean(false)) {
            ArrayNode content = choice.putObject("logprobs").putArray("content");
            ObjectNode t = content.addObject();
            t.put("token", r.content()).put("logprob", Math.log(0.7));
            ArrayNode top = t.putArray("top_logprobs");
            top.addObject().put("token", r.content()).put("logprob", Math.log(0.7));
            top.addObject().put("token", "sad").put("logprob", Math.log(0.3));
        } else {
            choice.putNull("logprobs");
        }
        o.put("system_fingerprint", "fp_test").put("service_tier", "default");
        ObjectNode usage = o.putObject("usage");
        int in = r.usageIn() > 0 ? r.usageIn() : 180;
        usage.put("prompt_tokens", in).put("completion_tokens", 5).put("total_tokens", in + 5);
        usage.putObject("completion_tokens_details").put("reasoning_tokens", 0);
        usage.putObject("prompt_tokens_details").put("cached_tokens", 0);
        return o.toString();
    }

    private static String anthropic(JsonNode req, Reply r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "msg_1").put("type", "message").put("role", "assistant").put("model", req.path("model").asText());
        ArrayNode content = o.putArray("content");
        if (r.content() != null && !r.content().isEmpty()) content.addObject().put("type", "text").put("text", r.content());
        o.put("stop_reason", r.stopReason() != null ? r.stopReason() : "end_turn");
        o.putNull("stop_sequence");
        o.putObject("usage").put("input_tokens", 190).put("output_tokens", 6);
        return o.toString();
    }

    @Override public void close() {
        server.stop(0);
    }
}
