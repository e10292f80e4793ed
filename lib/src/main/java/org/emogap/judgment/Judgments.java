package org.emogap.judgment;

import org.emogap.io.AtomicFiles;
import org.emogap.io.DataFileException;
import org.emogap.io.TextLines;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import java.util.Map;
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

    /** The default folder: {@code EMOGAP_JUDGMENTS} if set, else {@code data/judgments} under the project. */
    public static Path defaultRoot(Path projectRoot) {
        String env = System.getenv("EMOGAP_JUDGMENTS");
        return env != null && !env.isBlank() ? Path.of(env) : projectRoot.resolve("data").resolve("judgments");
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
            for (Judgment j : sorted) {
                w.write(toJson(j));
                w.write('\n');
            }
        });
    }

    /** Reads one judgments file; a bad line is reported as {@code file:line: reason}. */
    public static List<Judgment> read(Path file) {
        List<Judgment> out = new ArrayList<>();
        TextLines.forEach(file, (n, line) -> {
            if (line.isBlank()) return;
            try {
                out.add(fromJson(JSON.readTree(line)));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                throw new DataFileException(file, n, "not a judgment: " + e.getMessage(), e);
            }
        });
        return out;
    }

    /** Reads every model's judgments of a dataset, files in name order; none yet gives an empty list. */
    public static List<Judgment> readAll(Path root, String dataset) {
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
        ObjectNode o = JSON.createObjectNode();
        o.put("dataset", j.dataset());
        o.put("model", j.model());
        o.put("kind", j.kind());
        if (Double.isNaN(j.temperature())) o.putNull("temperature"); else o.put("temperature", j.temperature());
        o.put("item", j.itemId());
        o.put("value_type", j.valueType());
        ArrayNode values = o.putArray("values");
        for (double v : j.values()) values.add(v);
        ArrayNode samples = o.putArray("samples");
        for (double[] s : j.samples()) {
            ArrayNode a = samples.addArray();
            for (double v : s) a.add(v);
        }
        o.put("n_samples", j.nSamples());
        o.put("n_failed", j.nFailed());
        o.put("in_training", j.inTraining());
        ObjectNode p = o.putObject("provenance");
        j.provenance().forEach(p::put);
        return o.toString();
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
