package org.emogap.io;

import java.nio.file.Path;

/**
 * A data file that cannot be read as its format says. The message is always
 * {@code file:line: reason} so a user can open the file at the offending row.
 */
public final class DataFileException extends RuntimeException {
    private final Path file;
    private final long line;
    private final String reason;

    public DataFileException(Path file, long line, String reason) {
        this(file, line, reason, null);
    }

    public DataFileException(Path file, long line, String reason, Throwable cause) {
        super(file + ":" + line + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() { return file; }

    /** 1-based line where the offending record starts (1 = header). */
    public long line() { return line; }

    public String reason() { return reason; }
}
