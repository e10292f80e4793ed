package org.emogap.data;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file the project uses, as listed in {@code data/sources.json}.
 *
 * @param name     short key, e.g. "goemotions_1"
 * @param dataset  folder under {@code data/raw/} the file is stored in, e.g. "goemotions"
 * @param file     file name; a mirror is searched for it by this name
 * @param url      canonical download address
 * @param sha256   lower-case hex digest, or null where it is not known (then any download is accepted
 *                 and its digest reported)
 * @param size     bytes, or null where unknown
 * @param licence  licence of the file
 * @param citation what to cite
 * @param note     anything a user must know (may be empty)
 */
public record Source(String name, String dataset, String file, String url, String sha256, Long size,
                     String licence, String citation, String note) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Source {
        Objects.requireNonNull(name, "name");
        for (var e : new String[][]{{"dataset", dataset}, {"file", file}, {"url", url}, {"licence", licence}, {"citation", citation}}) {
            if (e[1] == null || e[1].isBlank()) throw new IllegalArgumentException("source " + name + ": " + e[0] + " is missing");
        }
        if (file.contains("/") || file.contains("\\")) throw new IllegalArgumentException("source " + name + ": file must be a bare name, got " + file);
        if (sha256 != null && !HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("source " + name + ": sha256 '" + sha256 + "' is not 64 lower-case hex digits");
        }
        if (size != null && size < 0) throw new IllegalArgumentException("source " + name + ": size " + size + " < 0");
        if (note == null) note = "";
    }
}
