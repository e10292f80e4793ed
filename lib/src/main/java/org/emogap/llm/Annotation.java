package org.emogap.llm;

import org.emogap.Project;
import org.emogap.data.CoreSets;
import org.emogap.data.EmoBank;
import org.emogap.data.EmoBankOptions;
import org.emogap.data.EmoText;
import org.emogap.data.GoComment;
import org.emogap.data.GoEmotions;
import org.emogap.data.GoRawOptions;
import org.emogap.judgment.Judgments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LLM annotation as one code path, shared by notebook 03 and {@code environment/annotate}: the
 * settings of a run, the core-set items, the configured models, the plan, the runner with its
 * budget, and the judgments the analysis notebooks read.
 */
public final class Annotation {
    private Annotation() {}

    /**
     * What to run.
     *
     * @param dataset      "goemotions" or "emobank"
     * @param modelsFile   the models file ({@code EMOGAP_MODELS}, default {@code models.json})
     * @param storeDir     where the sample stores live ({@code EMOGAP_LLM_STORE}, default {@code data/llm})
     * @param items        the first N items of the shared core set, 0 = all ({@code EMOGAP_SAMPLE})
     * @param temperatures sampling temperatures (the paper's 0.0, 0.3, 0.7, 1.0)
     * @param samples      samples per temperature ({@code EMOGAP_LLM_SAMPLES}; 10 as in the paper, 3 in small mode)
     * @param mode         sample, verbalized or logprobs ({@code EMOGAP_LLM_MODE})
     * @param modelIds     the configured models to run; empty = every configured one
     * @param budget       USD the run may spend ({@code EMOGAP_LLM_BUDGET}; 0 = free models only)
     * @param retryErrors  ask again the samples stored as errors ({@code EMOGAP_LLM_RETRY_ERRORS})
     */
    public record Settings(String dataset, Path modelsFile, Path storeDir, int items, List<Double> temperatures, int samples,
                           Mode mode, List<String> modelIds, double budget, boolean retryErrors) {
        public Settings {
            if (!dataset.equals("goemotions") && !dataset.equals("emobank")) {
                throw new IllegalArgumentException("dataset is '" + dataset + "', expected goemotions or emobank");
            }
            temperatures = List.copyOf(temperatures);
            modelIds = List.copyOf(modelIds);
            if (items < 0) throw new IllegalArgumentException("items is " + items + ", must be >= 0 (0 = all)");
            if (samples < 1) throw new IllegalArgumentException("samples is " + samples + ", must be >= 1");
            if (!(budget >= 0)) throw new IllegalArgumentException("budget is " + budget + ", must be a number >= 0 (USD)");
        }

        /** The settings the notebooks read, for one dataset; a value that is not a number names its variable. */
        public static Settings fromEnvironment(String dataset) {
            String dir = Project.setting("EMOGAP_LLM_STORE", null);
            return new Settings(dataset, Models.defaultFile(), dir != null ? Path.of(dir) : Project.root().resolve("data").resolve("llm"),
                    Project.sampleSize(), Plan.PAPER_TEMPERATURES, Project.intSetting("EMOGAP_LLM_SAMPLES", Project.sampleSize() > 0 ? 3 : 10),
                    Mode.of(Project.setting("EMOGAP_LLM_MODE", "sample")), List.of(),
                    number("EMOGAP_LLM_BUDGET", Project.setting("EMOGAP_LLM_BUDGET", "0")),
                    Boolean.parseBoolean(Project.setting("EMOGAP_LLM_RETRY_ERRORS", "false")));
        }

        public Path store() {
            return storeDir.resolve(dataset + ".jsonl");
        }

        public Settings withModelsFile(Path f) { return new Settings(dataset, f, storeDir, items, temperatures, samples, mode, modelIds, budget, retryErrors); }
        public Settings withStoreDir(Path d) { return new Settings(dataset, modelsFile, d, items, temperatures, samples, mode, modelIds, budget, retryErrors); }
        public Settings withItems(int n) { return new Settings(dataset, modelsFile, storeDir, n, temperatures, samples, mode, modelIds, budget, retryErrors); }
        public Settings withTemperatures(List<Double> t) { return new Settings(dataset, modelsFile, storeDir, items, t, samples, mode, modelIds, budget, retryErrors); }
        public Settings withSamples(int n) { return new Settings(dataset, modelsFile, storeDir, items, temperatures, n, mode, modelIds, budget, retryErrors); }
        public Settings withMode(Mode m) { return new Settings(dataset, modelsFile, storeDir, items, temperatures, samples, m, modelIds, budget, retryErrors); }
        public Settings withModelIds(List<String> ids) { return new Settings(dataset, modelsFile, storeDir, items, temperatures, samples, mode, ids, budget, retryErrors); }
        public Settings withBudget(double usd) { return new Settings(dataset, modelsFile, storeDir, items, temperatures, samples, mode, modelIds, usd, retryErrors); }
        public Settings withRetryErrors(boolean b) { return new Settings(dataset, modelsFile, storeDir, items, temperatures, samples, mode, modelIds, budget, b); }
    }

    /** A setting that must be a number: the error names it and what it holds. */
    public static double number(String name, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is '" + value + "', not a number");
        }
    }

    /**
     * The configured models a run uses: those of the settings' file (none when it does not exist),
     * only the ones named when names are given (an unknown name is an error), and in logprobs mode
     * only those that return log-probabilities.
     */
    public static List<ModelConfig> models(Settings s) {
        List<ModelConfig> all = Files.isRegularFile(s.modelsFile()) ? Models.load(s.modelsFile()) : List.of();
        List<ModelConfig> out = new ArrayList<>();
        for (String id : s.modelIds()) {
            if (all.stream().noneMatch(m -> m.id().equals(id))) {
                throw new IllegalArgumentException(s.modelsFile() + " configures no model '" + id + "' (it has "
                        + all.stream().map(ModelConfig::id).toList() + ")");
            }
        }
        for (ModelConfig m : all) {
            if (!s.modelIds().isEmpty() && !s.modelIds().contains(m.id())) continue;
            if (s.mode() == Mode.LOGPROBS && !m.logprobs()) continue;
            out.add(m);
        }
        return out;
    }

    /**
     * The items of a dataset's shared core set (the file notebook 01 wrote, else the run's own draw
     * with the same seed), in its order, the first {@code limit} (0 = all), with their texts.
     */
    public static List<Item> items(String dataset, long seed, int limit) {
        Map<String, String> text = new HashMap<>();
        List<String> ids;
        if (dataset.equals("emobank")) {
            List<EmoText> texts = EmoBank.load(EmoBankOptions.defaults()).texts();
            for (EmoText t : texts) text.put(t.id(), t.text());
            ids = CoreSets.resolveEmoBank(texts, seed, limit).ids();
        } else {
            List<GoComment> comments = GoEmotions.loadRaw(GoRawOptions.defaults()).comments();
            for (GoComment c : comments) text.put(c.id(), c.text());
            ids = CoreSets.resolveGo(comments, seed, limit).ids();
        }
        return Llm.items(ids, text, limit);
    }

    /** The plan: the paper's design for the dataset and mode, with the settings' temperatures and samples. */
    public static Plan plan(Settings s, List<ModelConfig> models, List<Item> items) {
        return Plan.standard(s.dataset(), items, models, s.mode()).withTemperatures(s.temperatures()).withSamples(s.samples());
    }

    /** A runner on a store with the settings' budget and error policy. */
    public static Runner runner(ResponseStore store, Settings s) {
        return Runner.builder(store).retryErrors(s.retryErrors()).budget(s.budget()).build();
    }

    /**
     * Turns a store into the judgment files the analysis notebooks read (named after the
     * configured models, see {@link Aggregator.Options#withModels}); for GoEmotions also the paper's
     * failure-to-neutral variant ({@code <model>:paper}). Returns the default aggregation.
     */
    public static Aggregator.Result writeJudgments(Path store, String dataset, List<ModelConfig> configured) {
        Aggregator.Options o = Aggregator.Options.defaults().withModels(configured);
        Aggregator.Result r = Aggregator.judgments(store, dataset, o);
        Path root = Judgments.defaultRoot(Project.root());
        Aggregator.write(root, r);
        if (dataset.equals("goemotions")) Aggregator.write(root, Aggregator.judgments(store, dataset, o.withPaper(true)));
        return r;
    }

    /** One line on why a run ended, for the terminal and the notebook. */
    public static String outcome(Runner.Summary s, double budget) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "stored %,d samples with %,d requests in %.1f s, spent $%.4f",
                s.stored(), s.requests(), s.elapsed().toMillis() / 1000.0, s.spendUsd()));
        if (s.complete()) b.append("; the plan is complete (").append(s.alreadyStored() + s.stored()).append(" samples stored)");
        else if (s.budgetStopped()) b.append(String.format(Locale.ROOT, "; stopped by the budget of $%.2f before the plan was complete", budget));
        s.stopped().forEach((m, why) -> b.append("; ").append(m).append(" stopped: ").append(why));
        return b.toString();
    }
}
