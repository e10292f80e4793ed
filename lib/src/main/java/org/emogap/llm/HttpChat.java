package org.emogap.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** What both HTTP clients share: one java.net.http client, status handling, Retry-After, redaction. */
abstract class HttpChat implements ChatClient {
    static final ObjectMapper JSON = new ObjectMapper();

    final ModelConfig model;
    private final String key;
    final HttpClient http;

    HttpChat(ModelConfig model, String key) {
        this.model = model;
        this.key = key;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(Math.min(10, model.timeoutSeconds())));
        // Plain-http servers (vLLM, Ollama) speak HTTP/1.1; skipping the h2c upgrade saves a round of headers.
        if (model.baseUrl().startsWith("http://")) b.version(HttpClient.Version.HTTP_1_1);
        this.http = b.build();
    }

    /** Adds the provider's authentication headers; the only place the key is used. */
    abstract HttpRequest.Builder authorize(HttpRequest.Builder b, String key);

    abstract String path();

    abstract ObjectNode body(ChatRequest r);

    abstract ChatResponse parse(int status, JsonNode body) throws ApiException;

    /**
     * The request body as sent: the provider's fields plus the model's {@code extra_body}, which
     * {@link ModelConfig} has already checked names none of them (a collision is an error, never an
     * override).
     */
    ObjectNode fullBody(ChatRequest r) throws IOException {
        ObjectNode body = body(r);
        ObjectNode extra = model.extraBodyJson();
        if (extra != null) {
            for (var it = extra.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (body.has(f)) throw new IllegalArgumentException("model " + model.id() + ": extra_body sets '" + f + "', which emogap sets itself");
            }
            body.setAll(extra);
        }
        return body;
    }

    /**
     * Sends one attempt under a hard deadline of {@code timeout_seconds} that covers connecting,
     * the headers and the whole body: a server that stalls anywhere is cancelled and reported as a
     * retriable transport failure. Every message that leaves here is redacted of the key.
     */
    @Override public ChatResponse send(ChatRequest r) throws ApiException, IOException, InterruptedException {
        ObjectNode body = fullBody(r);
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(model.baseUrl() + path()))
                    .timeout(Duration.ofSeconds(model.timeoutSeconds()))
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            request = authorize(b, key).build();
        } catch (RuntimeException e) {
            // e.g. a header value the JDK refuses: its message quotes the value, so it is never passed on
            throw new ApiException(0, false, null, "model " + model.id() + ": the request cannot be built ("
                    + e.getClass().getSimpleName() + "); check the key in " + model.apiKeyEnv() + " and base_url");
        }
        HttpResponse<String> resp;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(model.timeoutSeconds());
        try {
            // The request's timeout covers connecting and the headers; the body handler's deadline the rest.
            resp = http.send(request, info -> new DeadlineBody(HttpResponse.BodyHandlers.ofString().apply(info), deadline,
                    model.timeoutSeconds()));
        } catch (IOException e) {
            // Transport messages can quote a request line; keep them but never a credential.
            String msg = e instanceof java.net.http.HttpTimeoutException
                    ? "no complete answer within " + model.timeoutSeconds() + " s (connect, headers and body)"
                    : redact(e.getClass().getSimpleName() + ": " + e.getMessage());
            throw new IOException(msg, e);
        } catch (RuntimeException e) {
            throw new ApiException(0, false, null, redact(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        int status = resp.statusCode();
        String text = resp.body();
        if (status < 200 || status >= 300) {
            boolean retriable = status == 408 || status == 409 || status == 429 || status >= 500;
            throw new ApiException(status, retriable, retryAfter(resp.headers()),
                    redact("HTTP " + status + ": " + Parsers.clip(text == null ? "" : text.strip())));
        }
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            // a 2xx body that is not a whole JSON object was cut off in transport: ask again
            throw new ApiException(status, true, null, redact("incomplete response body: " + Parsers.clip(String.valueOf(text))));
        }
        return parse(status, json).withMeta(Map.of("request_id", resp.headers().firstValue("x-request-id")
                .or(() -> resp.headers().firstValue("request-id")).orElse("")));
    }

    /** Fires the body deadlines of every client: one daemon thread, idle between requests. */
    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "emogap-llm-deadline");
        t.setDaemon(true);
        return t;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);
    }

    /**
     * A response body that fails with {@link java.net.http.HttpTimeoutException} and cancels its
     * subscription (closing the connection) when the attempt's deadline passes before the last byte.
     * Why not {@code sendAsync} with a timed wait: on a machine of two cores the JDK hands each
     * asynchronous completion to a new thread, which cost a third of the runner's CPU per request;
     * {@code send} completes on the client's own threads.
     */
    private static final class DeadlineBody implements HttpResponse.BodySubscriber<String> {
        private final HttpResponse.BodySubscriber<String> body;
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private final long deadline;
        private final int seconds;
        private volatile ScheduledFuture<?> timer;

        DeadlineBody(HttpResponse.BodySubscriber<String> body, long deadline, int seconds) {
            this.body = body;
            this.deadline = deadline;
            this.seconds = seconds;
            body.getBody().whenComplete((v, t) -> {
                ScheduledFuture<?> f = timer;
                if (f != null) f.cancel(false);
                if (t != null) result.completeExceptionally(t);
                else result.complete(v);
            });
        }

        @Override public void onSubscribe(Flow.Subscription s) {
            timer = TIMER.schedule(() -> {
                if (result.completeExceptionally(new java.net.http.HttpTimeoutException(
                        "no complete body within " + seconds + " s"))) {
                    s.cancel();
                }
            }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (result.isDone()) timer.cancel(false);
            body.onSubscribe(s);
        }

        @Override public void onNext(List<ByteBuffer> item) {
            body.onNext(item);
        }

        @Override public void onError(Throwable t) {
            body.onError(t);
        }

        @Override public void onComplete() {
            body.onComplete();
        }

        @Override public CompletionStage<String> getBody() {
            return result;
        }
    }

    String redact(String s) {
        return key == null || key.isEmpty() || s == null ? s : s.replace(key, "[redacted]");
    }

    /** {@code retry-after-ms}, else {@code retry-after} in seconds or as an HTTP date; null when absent. */
    static Duration retryAfter(HttpHeaders h) {
        Optional<String> ms = h.firstValue("retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Duration.ofMillis((long) Double.parseDouble(ms.get().trim()));
            } catch (NumberFormatException ignored) {
                // fall through to retry-after: a bad optional header must not hide the standard one
            }
        }
        Optional<String> v = h.firstValue("retry-after");
        if (v.isEmpty()) return null;
        String s = v.get().trim();
        try {
            return Duration.ofMillis((long) (Double.parseDouble(s) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    static ApiException malformed(int status, String what, JsonNode body) {
        return new ApiException(status, false, null, "malformed response body (" + what + "): " + Parsers.clip(body.toString()));
    }

    /** Puts a response field into the provenance map when the response has it. */
    static void meta(Map<String, String> m, String name, JsonNode v) {
        if (v != null && !v.isNull() && !v.isMissingNode() && !v.asText().isEmpty()) m.put(name, v.asText());
    }

    static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
