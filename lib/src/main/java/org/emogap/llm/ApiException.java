package org.emogap.llm;

import java.time.Duration;

/**
 * An answer that is not a usable response: an HTTP error status or a body that is not the API's
 * format. {@code retriable} marks what may succeed later (429, 408, 5xx, 529); {@code retryAfter} is
 * the server's requested wait, or null. Messages never contain a credential (clients redact).
 */
public final class ApiException extends Exception {
    private final int status;
    private final boolean retriable;
    private final Duration retryAfter;

    public ApiException(int status, boolean retriable, Duration retryAfter, String message) {
        super(message);
        this.status = status;
        this.retriable = retriable;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public boolean retriable() {
        return retriable;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
