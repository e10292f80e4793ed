package org.emogap.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to ask: items × models × temperatures × samples, with one prompt (its mode and dataset) and
 * the sampling settings of the paper by default (max 200 output tokens, seed 42 + sample index).
 *
 * @param maxTokens    output-token cap (a model's own {@code max_tokens} overrides it)
 * @param seedBase     seed of sample 0 where the API takes a seed
 * @param topLogprobs  alternatives per token requested in logprobs mode (the OpenAI maximum is 20)
 */
public record Plan(String dataset, List<Item> items, List<ModelConfig> models, List<Double> temperatures, int samples,
                   Prompt prompt, int maxTokens, int seedBase, int topLogprobs) {

    /** The paper's temperatures. */
    public static final List<Double> PAPER_TEMPERATURES = List.of(0.0, 0.3, 0.7, 1.0);

    public Plan {
        Objects.requireNonNull(dataset, "dataset");
        items = List.copyOf(items);
        models = List.copyOf(models);
        temperatures = List.copyOf(temperatures);
        Objects.requireNonNull(prompt, "prompt");
        if (!prompt.dataset().equals(dataset)) {
            throw new IllegalArgumentException("prompt " + prompt.version() + " is for " + prompt.dataset() + ", plan is for " + dataset);
        }
        if (samples < 1) throw new IllegalArgumentException("samples is " + samples + ", must be >= 1");
        Set<String> ids = new HashSet<>();
        for (Item i : items) if (!ids.add(i.id())) throw new IllegalArgumentException("item id '" + i.id() + "' appears twice");
        Set<String> mids = new HashSet<>();
        java.util.Map<String, String> byRequest = new java.util.HashMap<>();
        for (ModelConfig m : models) {
            if (!mids.add(m.id())) throw new IllegalArgumentException("model '" + m.id() + "' appears twice");
            String same = byRequest.putIfAbsent(m.identity() + m.topP() + "/" + m.maxTokens() + "/" + m.seed(), m.id());
            if (same != null) {
                throw new IllegalArgumentException("models '" + same + "' and '" + m.id() + "' send identical requests (same server, model"
                        + " and settings), so their samples would be one; change one's settings or leave it out");
            }
            for (double t : temperatures) {
                String p = m.rangeProblem(t);
                if (p != null) throw new IllegalArgumentException(p);
            }
            if (prompt.mode() == Mode.LOGPROBS && !m.logprobs()) {
                throw new IllegalArgumentException("model " + m.id() + " returns no log-probabilities; leave it out of a logprobs plan");
            }
        }
    }

    /** The paper's design for a dataset and mode: 4 temperatures, 10 samples, 200 tokens (500 for verbalized answers). */
    public static Plan standard(String dataset, List<Item> items, List<ModelConfig> models, Mode mode) {
        return new Plan(dataset, items, models, PAPER_TEMPERATURES, 10, Prompt.standard(dataset, mode),
                mode == Mode.VERBALIZED ? 500 : 200, 42, mode == Mode.LOGPROBS ? 20 : 0);
    }

    public Plan withSamples(int n) {
        return new Plan(dataset, items, models, temperatures, n, prompt, maxTokens, seedBase, topLogprobs);
    }

    public Plan withTemperatures(List<Double> t) {
        return new Plan(dataset, items, models, t, samples, prompt, maxTokens, seedBase, topLogprobs);
    }

    public Plan withModels(List<ModelConfig> m) {
        return new Plan(dataset, items, m, temperatures, samples, prompt, maxTokens, seedBase, topLogprobs);
    }

    public Mode mode() {
        return prompt.mode();
    }

    /** Planned samples in all. */
    public long size() {
        return (long) items.size() * models.size() * temperatures.size() * samples;
    }

    /** One planned sample, with its request and cache key. */
    public record Task(ModelConfig model, double temperature, Item item, int sample, ChatRequest request, String key) {}

    /** The task of one (model, temperature, item, sample). */
    public Task task(ModelConfig m, double temperature, Item item, int sample) {
        ChatRequest r = new ChatRequest(prompt.render(item.text()), temperature, m.topP(),
                m.maxTokens() != null ? m.maxTokens() : maxTokens, m.seed() ? seedBase + sample : null,
                mode() == Mode.LOGPROBS ? topLogprobs : 0);
        String key = SampleKey.of(dataset, item.id(), m, r, sample, mode(), prompt.version());
        return new Task(m, temperature, item, sample, r, key);
    }

    /** Every task of one model, temperature-major then item then sample. */
    public List<Task> tasks(ModelConfig m) {
        List<Task> out = new ArrayList<>(items.size() * temperatures.size() * samples);
        for (double t : temperatures) for (Item i : items) for (int s = 0; s < samples; s++) out.add(task(m, t, i, s));
        return out;
    }
}
