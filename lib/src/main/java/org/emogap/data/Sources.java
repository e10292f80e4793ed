package org.emogap.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.emogap.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The manifest {@code data/sources.json}: every file the project reads, where it comes from, its digest and licence. */
public final class Sources {
    private final Map<String, Source> byName;
    private final Path file;

    private Sources(List<Source> sources, Path file) {
        Map<String, Source> m = new LinkedHashMap<>();
        for (Source s : sources) {
            if (m.put(s.name(), s) != null) throw new IllegalArgumentException(file + ": source '" + s.name() + "' is listed twice");
        }
        this.byName = m;
        this.file = file;
    }

    /** The project's manifest, {@code <root>/data/sources.json}. */
    public static Sources load() {
        return load(Project.root().resolve("data").resolve("sources.json"));
    }

    public static Sources load(Path manifest) {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try {
            JsonNode root = json.readTree(manifest.toFile());
            JsonNode array = root == null ? null : root.get("sources");
            if (array == null || !array.isArray()) throw new IllegalArgumentException(manifest + ": expected an object with a \"sources\" array");
            List<Source> list = json.convertValue(array, new TypeReference<List<Source>>() {});
            return new Sources(list, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources manifest " + manifest + ": " + e.getMessage(), e);
        }
    }

    public static Sources of(List<Source> sources) { return new Sources(sources, Path.of("(in memory)")); }

    public Source get(String name) {
        Source s = byName.get(name);
        if (s == null) throw new IllegalArgumentException("no source named '" + name + "' in " + file + "; known: " + byName.keySet());
        return s;
    }

    public List<Source> all() { return List.copyOf(byName.values()); }

    public Path file() { return file; }
}
