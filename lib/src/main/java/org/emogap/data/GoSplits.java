package org.emogap.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.emogap.io.DataFileException;
import org.emogap.io.TextLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.emogap.data.GoEmotions.K;
import static org.emogap.data.GoEmotions.LABELS;

/** The GoEmotions files besides the per-rater ones: the official splits and the label groupings. */
final class GoSplits {
    private GoSplits() {}

    /**
     * Reads a JSON object of string arrays whose every entry must be a known label; the order of
     * the file is kept. The upstream files' digests are not proven, so their content is checked
     * here instead.
     */
    static Map<String, List<String>> grouping(Path file) {
        try {
            Map<String, List<String>> m = new ObjectMapper()
                    .readValue(file.toFile(), new TypeReference<LinkedHashMap<String, List<String>>>() {});
            for (var e : m.entrySet()) {
                for (String label : e.getValue()) {
                    if (!LABELS.contains(label)) throw new DataFileException(file, 1, "group '" + e.getKey() + "' names unknown label '" + label + "'");
                }
                e.setValue(List.copyOf(e.getValue()));
            }
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** An official split file: see {@link GoEmotions#loadSplit(String)}. */
    static List<SplitExample> loadSplit(Path file) {
        List<SplitExample> out = new ArrayList<>();
        TextLines.forEach(file, (line, s) -> {
            if (s.isEmpty()) return;
            String[] f = s.split("\t", -1);
            if (f.length != 3) throw new DataFileException(file, line, "expected 3 tab-separated fields (text, labels, id), found " + f.length);
            String[] parts = f[1].split(",");
            int[] labels = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    labels[i] = Integer.parseInt(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new DataFileException(file, line, "label '" + parts[i] + "' is not a number");
                }
                if (labels[i] < 0 || labels[i] >= K) {
                    throw new DataFileException(file, line, "label index " + labels[i] + " out of range 0.." + (K - 1));
                }
            }
            if (f[2].isBlank()) throw new DataFileException(file, line, "empty comment id");
            out.add(new SplitExample(f[2], f[0], labels));
        });
        return out;
    }
}
