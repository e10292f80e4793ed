package org.emogap.notebook;

import org.emogap.Project;
import org.emogap.data.CoreSet;
import org.emogap.data.GoEmotions;
import org.emogap.judgment.Judgments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The short banner every notebook opens with, generated from the data present: which GoEmotions
 * per-rater source the run reads and what that implies for its core set, which annotators have
 * judgments and of what kind, the mode, and that offline annotators and the simulated LLM are not
 * LLMs.
 */
public final class Banner {
    private Banner() {}

    /** The banner as Markdown. */
    public static String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("**This run** (" + Project.mode().label() + " mode" + (Project.sampleSize() > 0 ? ", small mode: at most " + Project.sampleSize() + " items per step" : "")
                + ", seed " + Project.seed() + ").");
        lines.add("- GoEmotions raters: " + raters());
        Path root = Judgments.defaultRoot(Project.root());
        Map<String, String> all = new TreeMap<>();
        for (String dataset : List.of("goemotions", "emobank")) {
            Map<String, String> a = Judgments.annotators(root, dataset);
            all.putAll(a);
            lines.add("- " + (dataset.equals("goemotions") ? "GoEmotions" : "EmoBank") + " annotators: " + annotators(a));
        }
        long llms = all.values().stream().filter("llm"::equals).count();
        if (!all.isEmpty()) {
            lines.add(llms == 0
                    ? "- **None of them is an LLM**: encoders, heads and lexicons are offline annotators, and the simulated LLM is a trained head sampled "
                    + "like an LLM, so no number here is a finding about LLMs."
                    : "- " + llms + " of them are LLMs; the others (encoders, heads, lexicons, the simulated LLM) are not, and every table names each one's kind.");
        }
        return String.join("\n", lines);
    }

    private static String raters() {
        if (!GoEmotions.rawAvailable()) return "no per-rater data here, so every GoEmotions step shows what it can without it.";
        String source = GoEmotions.rawSource();
        StringBuilder s = new StringBuilder(source.equals("canonical") ? "the three canonical per-rater files" : "`" + source + "`");
        Path core = CoreSet.defaultPath("goemotions");
        if (Files.isRegularFile(core)) {
            Map<String, Long> strata = CoreSet.read(core).entries().stream().collect(Collectors.groupingBy(CoreSet.Entry::stratum, TreeMap::new, Collectors.counting()));
            s.append(String.format(Locale.ROOT, "; core set %,d items (", strata.values().stream().mapToLong(Long::longValue).sum()))
                    .append(strata.entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey().replace('_', ' '))).collect(Collectors.joining(", "))).append(")");
            long full = strata.getOrDefault("full_agreement", 0L);
            if (!source.equals("canonical") && full < 500) {
                s.append(": a per-rater subset skewed toward disagreement, so the paper's 500 / 1,000 / 500 core set cannot be drawn and full-agreement results rest on ")
                        .append(full).append(" items");
            }
        }
        return s.append('.').toString();
    }

    private static String annotators(Map<String, String> byModel) {
        if (byModel.isEmpty()) return "none yet (run notebooks 02 and 03).";
        Map<String, List<String>> byKind = new TreeMap<>();
        byModel.forEach((m, k) -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(m));
        return byKind.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".";
    }
}
