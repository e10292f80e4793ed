package org.emogap.notebook;

import org.emogap.Project;
import org.emogap.io.ResultsCsv;
import tech.tablesaw.api.Table;

import java.nio.file.Path;

/** Writes result tables under {@code results/} in the one results format ({@link ResultsCsv}). */
public final class Results {
    private Results() {}

    /** Writes {@code table} to {@code results/<relative>} (e.g. "emobank/model_vad.csv") and returns the path. */
    public static Path csv(Table table, String relative) {
        return ResultsCsv.write(table, Project.results().resolve(relative));
    }
}
