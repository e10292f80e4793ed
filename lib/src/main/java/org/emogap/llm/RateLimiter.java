package org.emogap.llm;

/**
 * Client-side limits of one model: requests per minute and tokens per minute, as token buckets that
 * refill continuously and hold at most ten seconds' worth (so a start does not burst a minute's
 * quota into the provider's own limiter). A limit of 0 means none.
 */
final class RateLimiter {
    private final Bucket requests, tokens;

    RateLimiter(int requestsPerMinute, int tokensPerMinute) {
        requests = requestsPerMinute > 0 ? new Bucket(requestsPerMinute) : null;
        tokens = tokensPerMinute > 0 ? new Bucket(tokensPerMinute) : null;
    }

    /** Blocks until one request of about {@code cost} tokens may go. */
    void acquire(long cost) throws InterruptedException {
        long wait = 0;
        if (requests != null) wait = Math.max(wait, requests.reserve(1));
        if (tokens != null) wait = Math.max(wait, tokens.reserve(cost));
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }

    private static final class Bucket {
        private final double perNano, capacity;
        private double level;
        private long last = System.nanoTime();

        Bucket(int perMinute) {
            perNano = perMinute / 60e9;
            capacity = Math.max(1, perMinute / 6.0);
            level = capacity;
        }

        /** Takes {@code n} now (the level may go negative) and returns nanoseconds to wait before using them. */
        synchronized long reserve(double n) {
            long now = System.nanoTime();
            level = Math.min(capacity, level + (now - last) * perNano);
            last = now;
            level -= n;
            return level >= 0 ? 0 : (long) (-level / perNano);
        }
    }
}
