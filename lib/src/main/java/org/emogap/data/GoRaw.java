package org.emogap.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-rater GoEmotions data as loaded, with the counts a user must see.
 *
 * @param comments        one entry per comment, in order of first appearance in the files
 * @param source          which per-rater files: "canonical" or a short label of the
 *                        {@code EMOGAP_GOEMOTIONS_RAW} list (file names joined by '+')
 * @param files           the files read, in order
 * @param rowsRead        data rows read (one per comment × rater)
 * @param veryUnclearRows rows marked {@code example_very_unclear}
 * @param droppedRows     rows left out (very-unclear rows when the option drops them)
 * @param droppedComments comments left with no rater after dropping
 * @param textConflicts   rows whose text differs from the text their comment id was first read with
 *                        (the first text is kept)
 */
public record GoRaw(List<GoComment> comments, String source, List<Path> files, long rowsRead,
                    long veryUnclearRows, long droppedRows, long droppedComments, long textConflicts) {
    public GoRaw {
        comments = List.copyOf(comments);
        files = List.copyOf(files);
        if (source == null || source.isBlank()) throw new IllegalArgumentException("a per-rater source label is required");
    }

    /** Comments by id, in load order. */
    public Map<String, GoComment> byId() {
        Map<String, GoComment> m = new LinkedHashMap<>();
        for (GoComment c : comments) m.put(c.id(), c);
        return m;
    }

    /** One line for a notebook: what was read and what was counted or dropped. */
    public String summary() {
        String names = String.join("+", files.stream().map(p -> p.getFileName().toString()).toList());
        return String.format("%,d comments from %,d rows of %s; %,d very-unclear rows %s",
                comments.size(), rowsRead, source.equals(names) ? source : source + " (" + names + ")",
                veryUnclearRows, droppedRows > 0 ? "dropped (" + droppedComments + " comments left with no rater)" : "counted as raters")
                + (textConflicts > 0 ? String.format("; %,d rows gave their comment id another text than its first row (the first text is kept)", textConflicts) : "");
    }
}
