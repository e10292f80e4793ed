package org.emogap.judgment;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * All judgments of one model at one temperature (or pooled over its temperatures), by text id.
 *
 * @param model       annotator id
 * @param kind        "llm", "encoder", "head", …: every table says which
 * @param temperature a {@link Temperature#label()}: "0.3", …, or "pooled" for all temperatures of a
 *                    sampled model together and for deterministic annotators
 * @param items       judgments by text id, kept in id order; copied
 */
public record VadModelRun(String model, String kind, String temperature, Map<String, VadModelItem> items) {

    public VadModelRun {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(kind, "kind");
        Temperature.parse(Objects.requireNonNull(temperature, "temperature")); // refuses any other text form
        items = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(items, "items")));
        items.forEach((id, it) -> {
            if (!id.equals(it.itemId())) throw new IllegalArgumentException("item filed as " + id + " is " + it.itemId());
        });
    }

    /** A readable name: the model, plus "@ temperature" for a sampled model's runs (e.g. "m @ 0.7", "m @ pooled"). */
    public String label() {
        return temperature.equals(Temperature.POOLED_LABEL) && !sampled() ? model : model + " @ " + temperature;
    }

    /** True when any text has per-sample values. */
    public boolean sampled() {
        return items.values().stream().anyMatch(i -> i.nSamples() > 0);
    }
}
