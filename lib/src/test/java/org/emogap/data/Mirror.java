package org.emogap.data;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real data for tests: the folder named by EMOGAP_DATA_MIRROR; tests skip when it is not set. */
final class Mirror {
    private Mirror() {}

    static Path root() {
        String m = System.getenv(Fetch.MIRROR_ENV);
        Assumptions.assumeTrue(m != null && !m.isBlank(), Fetch.MIRROR_ENV + " is not set: skipping a test on real data");
        return Path.of(m);
    }

    static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.isRegularFile(p)) throw new AssertionError("the mirror lacks " + relative + " (looked at " + p + ")");
        return p;
    }

    static Path goSubset() { return file("goemotions/raw/goemotions_raw_subset_long.csv"); }

    static Path goHead() { return file("goemotions/raw_sample/goemotions_1.head.csv"); }

    static Path fixture(String name) {
        try {
            return Path.of(Mirror.class.getResource("/data/" + name).toURI());
        } catch (Exception e) {
            throw new AssertionError("missing test fixture /data/" + name, e);
        }
    }
}
