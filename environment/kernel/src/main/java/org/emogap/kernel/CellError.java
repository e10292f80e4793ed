package org.emogap.kernel;

import java.util.List;

/** A failed cell, already described for the user: what went wrong and on which line of the cell. */
final class CellError extends Exception {
    private final String name;
    private final List<String> lines;

    CellError(String name, String message, List<String> lines) {
        super(message, null, false, false);
        this.name = name;
        this.lines = List.copyOf(lines);
    }

    /** The error's name as Jupyter shows it (the exception class, or "CompilationError"). */
    String name() {
        return name;
    }

    /** The lines of the traceback shown in the cell. */
    List<String> lines() {
        return lines;
    }
}
