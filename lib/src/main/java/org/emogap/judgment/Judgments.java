package org.emogap.judgment;

import org.emogap.Project;
import org.emogap.RunMode;

import org.emogap.io.AtomicFiles;
import org.emogap.io.DataFileException;
import org.emogap.io.TextLines;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and writes judgment files: JSON Lines, one {@link Judgment} per line, one file per
 * (dataset, model) under a judgments folder ({@code <root>/<dataset>/<model>.jsonl}). A file is
 * always replaced whole through a temporary file and an atomic move, so a reader never sees a
 * half-written file; analyses read every file of a dataset and need no special case per source.
 */
public final class Judgments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Judgments() {}

    /**
     * The default folder: {@code EMOGAP_JUDGMENTS} if set, else {@code data/judgments} under the
     * project; in the paper mode its {@code paper/} subfolder, since the paper's EmoBank core set
     * differs and each mode's annotators judge their own core sets.
     */
    public static Path defaultRoot(Path projectRoot) {
        String env = Project.setting("EMOGAP_JUDGMENTS", null);
        Path base = env != null ? Path.of(env) : projectRoot.resolve("data").resolve("judgments");
        return Project.mode().paper() ? base.resolve("paper") : base;
    }

    /** The file that holds one model's judgments of a dataset; the model id is made file-name safe. */
    public static Path file(Path root, String dataset, String model) {
        return root.resolve(dataset).resolve(model.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl");
    }

    /**
     * Writes the judgments of one (dataset, model) in a stable order (temperature, item id), replacing
     * the file atomically. Every judgment must belong to that dataset and model.
     */
    public static Path write(Path root, String dataset, String model, Collection<Judgment> judgments) {
        Path target = file(root, dataset, model);
        List<Judgment> sorted = new ArrayList<>(judgments);
        for (Judgment j : sorted) {
            if (!j.dataset().equals(dataset) || !j.model().equals(model)) {
                throw new IllegalArgumentException("judgment of " + j.dataset() + "/" + j.model()
                        + " given to the file of " + dataset + "/" + model);
            }
        }
        sorted.sort(Comparator.comparingDouble((Judgment j) -> Double.isNaN(j.temperature()) ? -1 : j.temperature())
                .thenComparing(Judgment::itemId));
        return AtomicFiles.writeText(target, w -> {
            // one streaming generator for the file: the same bytes as toJson per line, without a tree per judgment
            try (JsonGenerator g = JSON.getFactory().createGenerator(w).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.setRootValueSeparator(null);
                for (Judgment j : sorted) {
                    write(g, j);
                    g.writeRaw('\n');
                }
            }
        });
    }

    /** Reads one judgments file; a bad line is reported as {@code file:line: reason}. */
    public static List<Judgment> read(Path file) {
        List<Judgment> out = new ArrayList<>();
        TextLines.forEach(file, (n, line) -> {
            if (!line.isBlank()) out.add(parse(file, n, line));
        });
        return out;
    }

    private static Judgment parse(Path file, long lineNumber, String line) {
        try {
            return fromJson(JSON.readTree(line));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new DataFileException(file, lineNumber, "not a judgment: " + e.getMessage(), e);
        }
    }

    /**
     * Every model's judgments of a dataset as this run's mode ({@code EMOGAP_MODE}) reads them; see
     * {@link #forMode}. None yet gives an empty list.
     */
    public static List<Judgment> readAll(Path root, String dataset) {
        return forMode(readFiles(root, dataset), Project.mode());
    }

    /** The suffix of the paper's variant of an LLM's judgments: failed samples counted as neutral. */
    public static final String PAPER_SUFFIX = ":paper";

    /**
     * The judgments a mode analyses. The aggregator writes an LLM's GoEmotions judgments twice: as
     * {@code <model>} (failed samples left out and counted) and as {@code <model>:paper} (failed
     * samples become {@code ["neutral"]}, as the authors' scripts do). The emogap mode keeps the
     * first and drops the variants; the paper mode puts each variant in its model's place, under
     * the model's own name (its provenance says {@code parse=paper}), so both result trees carry the
     * same model names. Annotators without a variant are kept in both modes.
     */
    public static List<Judgment> forMode(List<Judgment> all, RunMode mode) {
        Set<String> withVariant = new HashSet<>();
        for (Judgment j : all) if (j.model().endsWith(PAPER_SUFFIX)) withVariant.add(base(j.model()));
        List<Judgment> out = new ArrayList<>(all.size());
        for (Judgment j : all) {
            boolean variant = j.model().endsWith(PAPER_SUFFIX);
            if (!mode.paper()) {
                if (!variant) out.add(j);
            } else if (variant) {
                out.add(new Judgment(j.dataset(), base(j.model()), j.kind(), j.temperature(), j.itemId(), j.valueType(),
                        j.values(), j.samples(), j.nSamples(), j.nFailed(), j.inTraining(), j.provenance()));
            } else if (!withVariant.contains(j.model())) {
                out.add(j);
            }
        }
        return out;
    }

    private static String base(String model) {
        return model.substring(0, model.length() - PAPER_SUFFIX.length());
    }

    /**
     * The annotators of a dataset as this run's mode reads them, model id → kind, from the first
     * line of each judgments file (cheap: nothing else is parsed). None yet gives an empty map.
     */
    public static Map<String, String> annotators(Path root, String dataset) {
        Path dir = root.resolve(dataset);
        Map<String, String> out = new java.util.TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        List<Judgment> first = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Iterator<Path> it = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().iterator(); it.hasNext(); ) {
                Path f = it.next();
                String line;
                try (var r = Files.newBufferedReader(f)) {
                    line = r.readLine();
                }
                if (line != null && !line.isBlank()) first.add(parse(f, 1, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        for (Judgment j : forMode(first, Project.mode())) out.put(j.model(), j.kind());
        return out;
    }

    /** Reads every judgments file of a dataset, files in name order, both modes' variants included. */
    public static List<Judgment> readFiles(Path root, String dataset) {
        Path dir = root.resolve(dataset);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            List<Judgment> out = new ArrayList<>();
            for (Iterator<Path> it = files.filter(p -> p.toString().endsWith(".jsonl")).sorted().iterator(); it.hasNext(); ) {
                out.addAll(read(it.next()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static String toJson(Judgment j) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            write(g, j);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** 0 and 1 (every multi-hot sample entry) as the text Double.toString gives them, without formatting. */
    private static void number(JsonGenerator g, double v) throws IOException {
        if (v == 1.0) g.writeNumber("1.0");
        else if (v == 0.0 && Double.doubleToRawLongBits(v) == 0) g.writeNumber("0.0");
        else g.writeNumber(v);
    }

    /** One judgment as a JSON object, fields in the file format's order. */
    private static void write(JsonGenerator g, Judgment j) throws IOException {
        g.writeStartObject();
        g.writeStringField("dataset", j.dataset());
        g.writeStringField("model", j.model());
        g.writeStringField("kind", j.kind());
        if (Double.isNaN(j.temperature())) g.writeNullField("temperature"); else g.writeNumberField("temperature", j.temperature());
        g.writeStringField("item", j.itemId());
        g.writeStringField("value_type", j.valueType());
        g.writeArrayFieldStart("values");
        for (double v : j.values()) number(g, v);
        g.writeEndArray();
        g.writeArrayFieldStart("samples");
        for (double[] s : j.samples()) {
            g.writeStartArray();
            for (double v : s) number(g, v);
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeNumberField("n_samples", j.nSamples());
        g.writeNumberField("n_failed", j.nFailed());
        g.writeBooleanField("in_training", j.inTraining());
        g.writeObjectFieldStart("provenance");
        for (var e : j.provenance().entrySet()) g.writeStringField(e.getKey(), e.getValue());
        g.writeEndObject();
        g.writeEndObject();
    }

    static Judgment fromJson(JsonNode o) {
        JsonNode t = o.get("temperature");
        double[] values = doubles(required(o, "values"));
        JsonNode s = o.get("samples");
        double[][] samples = new double[s == null ? 0 : s.size()][];
        for (int i = 0; i < samples.length; i++) samples[i] = doubles(s.get(i));
        Map<String, String> prov = new LinkedHashMap<>();
        JsonNode p = o.get("provenance");
        if (p != null) p.fields().forEachRemaining(e -> prov.put(e.getKey(), e.getValue().asText()));
        return new Judgment(required(o, "dataset").asText(), required(o, "model").asText(), required(o, "kind").asText(),
                t == null || t.isNull() ? Double.NaN : t.asDouble(), required(o, "item").asText(),
                required(o, "value_type").asText(), values, samples, required(o, "n_samples").asInt(),
                required(o, "n_failed").asInt(), o.path("in_training").asBoolean(false), prov);
    }

    private static JsonNode required(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("field '" + field + "' is missing");
        return v;
    }

    private static double[] doubles(JsonNode a) {
        if (!a.isArray()) throw new IllegalArgumentException("expected an array of numbers, got " + a);
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            if (!a.get(i).isNumber()) throw new IllegalArgumentException("not a number: " + a.get(i));
            d[i] = a.get(i).asDouble();
        }
        return d;
    }
}
