package org.emogap.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.emogap.Project;
import org.emogap.io.AtomicFiles;
import org.emogap.io.CsvReader;
import org.emogap.io.DataFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The items an analysis runs on, in order, each with its stratum. Written to and read from CSV
 * ({@code dataset,item_id,stratum}) so a core set can be shared exactly.
 *
 * @param dataset "goemotions" or "emobank"
 * @param seed    the seed it was drawn with, or null when read back from a file
 * @param entries the items in draw order
 * @param strata  per stratum: available, requested, taken (empty when read back from a file)
 * @param note    what a user must know about the draw, e.g. strata smaller than requested
 */
public record CoreSet(String dataset, Long seed, List<Entry> entries, List<Stratum> strata, String note) {
    public record Entry(String itemId, String stratum) {
        public Entry {
            if (itemId == null || itemId.isBlank()) throw new IllegalArgumentException("empty item id");
            Objects.requireNonNull(stratum, "stratum");
        }
    }

    /**
     * @param toppedUp items of this stratum added by the random top-up (EmoBank), not by the per-stratum draw
     */
    public record Stratum(String name, int available, int requested, int taken, int toppedUp) {}

    public static final List<String> HEADER = List.of("dataset", "item_id", "stratum");

    public CoreSet {
        if (dataset == null || dataset.isBlank()) throw new IllegalArgumentException("dataset name is required");
        entries = List.copyOf(entries);
        strata = List.copyOf(strata);
        Set<String> seen = new HashSet<>();
        for (Entry e : entries) {
            if (!seen.add(e.itemId())) throw new IllegalArgumentException("item " + e.itemId() + " appears twice in the core set");
        }
        if (note == null) note = "";
    }

    public List<String> ids() { return entries.stream().map(Entry::itemId).toList(); }

    public int size() { return entries.size(); }

    /** Item id → stratum. */
    public Map<String, String> strataById() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Entry e : entries) m.put(e.itemId(), e.stratum());
        return m;
    }

    /** The given items that are in this core set, in core-set order; an id with no item is refused. */
    public <T> List<T> select(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        for (T t : items) byId.put(id.apply(t), t);
        List<T> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            T t = byId.get(e.itemId());
            if (t == null) throw new IllegalArgumentException("core-set item " + e.itemId() + " is not among the " + items.size() + " loaded items of " + dataset);
            out.add(t);
        }
        return out;
    }

    /** {@code results/<dataset>/core_set_ids.csv}. */
    public static Path defaultPath(String dataset) {
        return Project.results().resolve(dataset).resolve("core_set_ids.csv");
    }

    /** Writes to {@link #defaultPath}. */
    public Path write() { return write(defaultPath(dataset)); }

    /** Writes the CSV atomically ({@link AtomicFiles}). */
    public Path write(Path file) {
        return AtomicFiles.writeText(file, w -> {
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            p.printRecord(HEADER);
            for (Entry e : entries) p.printRecord(dataset, e.itemId(), e.stratum());
            p.flush();
        });
    }

    /** Reads a core set written by {@link #write}; one dataset per file, no duplicate id. */
    public static CoreSet read(Path file) {
        List<Entry> entries = new ArrayList<>();
        String[] dataset = {null};
        Set<String> seen = new HashSet<>();
        CsvReader.read(file, HEADER, row -> {
            String d = row.get("dataset").strip();
            if (dataset[0] == null) dataset[0] = d;
            else if (!dataset[0].equals(d)) throw row.error("dataset '" + d + "' differs from '" + dataset[0] + "' above");
            String id = row.get("item_id").strip();
            if (id.isEmpty()) throw row.error("empty item_id");
            if (!seen.add(id)) throw row.error("item " + id + " appears twice");
            entries.add(new Entry(id, row.get("stratum").strip()));
        });
        if (dataset[0] == null) throw new DataFileException(file, 2, "no item: a core set needs at least one row");
        return new CoreSet(dataset[0], null, entries, List.of(), "read from " + file.getFileName());
    }
}
