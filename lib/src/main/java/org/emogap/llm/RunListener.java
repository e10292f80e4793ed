package org.emogap.llm;

/**
 * Told once per stored sample, from worker threads: samples stored so far in this run, the samples
 * this run will store, how many of them failed, and the spend so far (USD). Notebooks adapt it to
 * their progress bar; it must be thread-safe and quick.
 */
@FunctionalInterface
public interface RunListener {
    void sampleStored(long done, long total, long failed, double spendUsd);

    RunListener NONE = (d, t, f, s) -> { };
}
