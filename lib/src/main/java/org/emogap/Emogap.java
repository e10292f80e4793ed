package org.emogap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version and provenance of the library, shown by the environment notebook. */
public final class Emogap {
    private Emogap() {}

    /** The library version, from the build. */
    public static String version() {
        return mavenVersion(Emogap.class, "/org/emogap/version.properties", "version");
    }

    /**
     * A dependency's version from the {@code pom.properties} Maven puts in its jar, e.g.
     * {@code dependencyVersion(Table.class, "tech.tablesaw", "tablesaw-core")}; "unknown" if absent.
     */
    public static String dependencyVersion(Class<?> anyClassOfIt, String groupId, String artifactId) {
        return mavenVersion(anyClassOfIt, "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties", "version");
    }

    private static String mavenVersion(Class<?> c, String resource, String key) {
        try (InputStream in = c.getResourceAsStream(resource)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key, "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
