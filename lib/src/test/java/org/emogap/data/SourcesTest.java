package org.emogap.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class SourcesTest {
    @TempDir Path tmp;

    /** data/sources.json of this checkout, found upwards from the working directory (tests run in lib/). */
    static Path manifest() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path m = p.resolve("data/sources.json");
            if (Files.isRegularFile(m)) return m;
        }
        throw new AssertionError("data/sources.json not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void manifestListsEveryFileTheProjectUses() {
        Sources s = Sources.load(manifest());
        Set<String> files = s.all().stream().map(Source::file).collect(Collectors.toSet());
        for (String f : List.of("goemotions_1.csv", "goemotions_2.csv", "goemotions_3.csv", "emotions.txt", "ekman_mapping.json",
                "sentiment_dict.json", "train.tsv", "dev.tsv", "test.tsv", "emobank.csv", "raw.csv", "meta.tsv",
                "individual_reader_ratings.csv", "individual_writer_ratings.csv", "reader.csv", "writer.csv",
                "Ratings_Warriner_et_al.csv", "categories.tsv")) {
            assertTrue(files.contains(f), f + " is missing from the manifest");
        }
        for (String n : GoEmotions.CANONICAL) {
            assertNull(s.get(n).sha256(), n + ": nobody here has seen the file, so its digest must not be invented");
            assertNull(s.get(n).size());
            assertTrue(s.get(n).note().contains("unknown"), s.get(n).note());
        }
        assertTrue(s.all().stream().filter(x -> !GoEmotions.CANONICAL.contains(x.name())).allMatch(x -> x.sha256() != null && x.size() != null));
        assertTrue(s.all().stream().allMatch(x -> x.url().startsWith("https://")));
    }

    /** Every pinned digest is that of the mirror's copy: fetching each from the mirror verifies it. */
    @Test
    void everyPinnedFileFetchesFromTheMirror() throws Exception {
        Path mirror = Mirror.root();
        Sources s = Sources.load(manifest());
        Fetch f = new Fetch(s, tmp, mirror, HttpClient.newHttpClient());
        for (Source src : s.all()) {
            if (src.sha256() == null) continue;
            Path p = f.get(src.name());
            assertEquals(tmp.resolve(src.dataset()).resolve(src.file()), p);
            assertEquals(src.size().longValue(), Files.size(p), src.name());
        }
        assertFalse(f.local("goemotions_1").isPresent(), "the mirror has no canonical raw file");
    }

    @Test
    void badEntriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Source("x", "d", "a/b.csv", "https://x", null, null, "MIT", "c", ""));
        assertThrows(IllegalArgumentException.class, () -> new Source("x", "d", "b.csv", "https://x", "ABC", null, "MIT", "c", ""));
        assertThrows(IllegalArgumentException.class, () -> new Source("x", "d", "b.csv", "https://x", null, null, "", "c", ""));
        Source a = new Source("x", "d", "b.csv", "https://x", null, null, "MIT", "c", "");
        assertThrows(IllegalArgumentException.class, () -> Sources.of(List.of(a, a)));
        assertThrows(IllegalArgumentException.class, () -> Sources.of(List.of(a)).get("y"));
    }
}
