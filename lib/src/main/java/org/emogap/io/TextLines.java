package org.emogap.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one reader of line-based text files (JSON Lines, tab-separated lexicons, split files): UTF-8
 * decoded strictly, lines numbered from 1, an invalid byte reported as {@link DataFileException}
 * at the line it falls on, with its byte offset, as {@link CsvReader} does.
 */
public final class TextLines {
    private TextLines() {}

    /** What is done with one line; it may throw {@link DataFileException} (see {@link #error}). */
    @FunctionalInterface
    public interface LineHandler {
        void line(long number, String text);
    }

    /** Hands every line of {@code file} (blank ones included, without its terminator) to {@code each}. */
    public static void forEach(Path file, LineHandler each) {
        var strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict), 1 << 16)) {
            long n = 0;
            for (String s; (s = in.readLine()) != null; ) each.line(++n, s);
        } catch (CharacterCodingException e) {
            throw invalidUtf8(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** An error at a line of a file: throw it. */
    public static DataFileException error(Path file, long line, String reason) {
        return new DataFileException(file, line, reason);
    }

    /** The decoder reads ahead, so the line is found by scanning the bytes for the first invalid sequence. */
    static DataFileException invalidUtf8(Path file, CharacterCodingException e) {
        long[] at = Utf8.firstInvalid(file);
        if (at == null) return new DataFileException(file, 1, "not valid UTF-8: " + e.getMessage(), e);
        return new DataFileException(file, at[1], "not valid UTF-8 (byte offset " + at[0] + ")", e);
    }
}
