package org.emogap.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds where a file stops being valid UTF-8, for an error message that points at the line. */
final class Utf8 {
    private Utf8() {}

    /**
     * {@code {byteOffset, line}} (offset 0-based, line 1-based) of the first byte that does not
     * belong to a well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates, at most
     * U+10FFFF), or null when the whole file is valid.
     */
    static long[] firstInvalid(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long offset = 0, line = 1;
            int b;
            while ((b = in.read()) >= 0) {
                long start = offset;
                offset++;
                if (b < 0x80) {
                    if (b == '\n') line++;
                    continue;
                }
                int need;
                int min;
                if (b >= 0xC2 && b <= 0xDF) { need = 1; min = 0x80; }
                else if (b >= 0xE0 && b <= 0xEF) { need = 2; min = 0x800; }
                else if (b >= 0xF0 && b <= 0xF4) { need = 3; min = 0x10000; }
                else return new long[]{start, line};
                int cp = b & (0x3F >> need);
                for (int i = 0; i < need; i++) {
                    int c = in.read();
                    offset++;
                    if (c < 0 || (c & 0xC0) != 0x80) return new long[]{start, line};
                    cp = (cp << 6) | (c & 0x3F);
                }
                if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return new long[]{start, line};
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
