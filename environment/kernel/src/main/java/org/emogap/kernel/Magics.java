package org.emogap.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The line magics a notebook written for IJava or JJava uses to set itself up: {@code %classpath}
 * (alias {@code %jars}) with paths or {@code *.jar} globs, relative to the notebook's folder.
 * Magic lines are blanked, not removed, so the line numbers of errors still match the cell.
 */
final class Magics {
    private final Path baseDir;
    private final Consumer<Path> classpath;

    Magics(Path baseDir, Consumer<Path> classpath) {
        this.baseDir = baseDir;
        this.classpath = classpath;
    }

    /** Runs the magic lines of a cell and returns the cell with those lines blanked. */
    String apply(String cell) {
        String[] lines = cell.split("\n", -1);
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith("%%")) {
                throw new IllegalArgumentException("cell line " + (i + 1) + ": cell magic " + t.split("\\s+")[0]
                        + " is not supported by this kernel");
            }
            if (t.startsWith("%")) {
                run(t.substring(1), i + 1);
            } else {
                out.append(lines[i]);
            }
            if (i < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }

    private void run(String magic, int line) {
        String[] parts = magic.trim().split("\\s+", 2);
        String name = parts[0];
        String args = parts.length > 1 ? parts[1].trim() : "";
        switch (name) {
            case "classpath", "jars" -> {
                if (args.isEmpty()) {
                    throw new IllegalArgumentException("cell line " + line + ": %" + name + " needs at least one path");
                }
                for (String arg : args.split("[\\s" + java.io.File.pathSeparator + "]+")) {
                    List<Path> found = resolve(stripQuotes(arg));
                    if (found.isEmpty()) {
                        throw new IllegalArgumentException("cell line " + line + ": %" + name + " " + arg
                                + " matches nothing under " + baseDir);
                    }
                    found.forEach(classpath);
                }
            }
            default -> throw new IllegalArgumentException("cell line " + line + ": unknown line magic %" + name
                    + " (this kernel knows %classpath and %jars)");
        }
    }

    /** A path, or every file matching a glob in its last segment (e.g. {@code ../lib/target/dependency/*.jar}). */
    List<Path> resolve(String spec) {
        Path p = baseDir.resolve(spec).normalize();
        String last = p.getFileName() == null ? "" : p.getFileName().toString();
        if (!last.contains("*") && !last.contains("?")) {
            return Files.exists(p) ? List.of(p) : List.of();
        }
        Path dir = p.getParent();
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, last)) {
            ds.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        out.sort(null);
        return out;
    }

    private static String stripQuotes(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
