package org.emogap.notebook;

import org.emogap.Project;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes result tables under {@code results/}: CSV, one header row, replaced atomically. */
public final class Results {
    private Results() {}

    /** Writes {@code table} to {@code results/<relative>} (e.g. "emobank/model_vad.csv") and returns the path. */
    public static Path csv(Table table, String relative) {
        Path target = Project.results().resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                table.write().csv(CsvWriteOptions.builder(tmp.toFile()).header(true).build());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
