package org.emogap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the project lives and the run-wide parameters every notebook reads. The root is
 * {@code EMOGAP_HOME} if set, else the nearest folder at or above the working directory that holds
 * both {@code pom.xml} and {@code notebooks/} (notebooks run with their own folder as working
 * directory; tests with their module's).
 */
public final class Project {
    private Project() {}

    public static Path root() {
        String home = setting("EMOGAP_HOME", null);
        if (home != null) return Path.of(home).toAbsolutePath().normalize();
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("notebooks"))) return p;
        }
        throw new IllegalStateException("cannot find the emogap project at or above " + start
                + ": set EMOGAP_HOME to the folder that holds pom.xml and notebooks/");
    }

    /**
     * Where this run's results go: {@code results/} under the root, or {@code EMOGAP_RESULTS}; in
     * paper mode its {@code paper/} subfolder, with the same file names.
     */
    public static Path results() {
        String r = setting("EMOGAP_RESULTS", null);
        Path base = r != null ? Path.of(r) : root().resolve("results");
        return mode().paper() ? base.resolve("paper") : base;
    }

    /** {@code EMOGAP_MODE}: {@code emogap} (default) or {@code paper}. */
    public static RunMode mode() {
        String m = setting("EMOGAP_MODE", null);
        return m == null ? RunMode.EMOGAP : RunMode.parse(m);
    }

    /**
     * A setting from a system property (lower-case, dots: {@code emogap.sample}) or else the
     * environment ({@code EMOGAP_SAMPLE}), else the default.
     */
    public static String setting(String envName, String defaultValue) {
        String prop = System.getProperty(envName.toLowerCase(Locale.ROOT).replace('_', '.'));
        if (prop != null && !prop.isBlank()) return prop.trim();
        String env = System.getenv(envName);
        return env != null && !env.isBlank() ? env.trim() : defaultValue;
    }

    /** An integer setting; a value that is not a number is refused with its name. */
    public static int intSetting(String envName, int defaultValue) {
        String v = setting(envName, null);
        if (v == null) return defaultValue;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(envName + " is '" + v + "', expected a whole number", e);
        }
    }

    /**
     * The small-mode size: {@code EMOGAP_SAMPLE} (0 or unset = everything). CI runs the notebooks
     * with a few hundred items so the whole chain executes quickly.
     */
    public static int sampleSize() {
        return intSetting("EMOGAP_SAMPLE", 0);
    }

    /** The run-wide seed: {@code EMOGAP_SEED}, default 42 as in the paper. */
    public static long seed() {
        return intSetting("EMOGAP_SEED", 42);
    }
}
