package org.emogap.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered set of label names (GoEmotions' 28 in {@code emotions.txt} order, or V/A/D): the
 * column order of every n×k matrix. Names are unique and non-blank.
 */
public record LabelSet(List<String> names) {
    public LabelSet {
        names = List.copyOf(names);
        if (names.isEmpty()) throw new IllegalArgumentException("a label set needs at least one label");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.isBlank()) throw new IllegalArgumentException("label " + i + " is blank");
            Integer prev = seen.put(n, i);
            if (prev != null) throw new IllegalArgumentException("label '" + n + "' appears at " + prev + " and " + i);
        }
    }

    public static LabelSet of(List<String> names) {
        return new LabelSet(names);
    }

    public static LabelSet of(String... names) {
        return new LabelSet(List.of(names));
    }

    /** Reads one label per line (blank lines skipped, surrounding space trimmed), e.g. {@code emotions.txt}. */
    public static LabelSet load(Path file) {
        List<String> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) out.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels from " + file + ": " + e.getMessage(), e);
        }
        try {
            return new LabelSet(out);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public int size() {
        return names.size();
    }

    public String name(int index) {
        return names.get(index);
    }

    /** Index of a label; an unknown name is refused with the name. */
    public int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("unknown label '" + name + "'; known: " + names);
        return i;
    }

    public boolean contains(String name) {
        return names.contains(name);
    }
}
