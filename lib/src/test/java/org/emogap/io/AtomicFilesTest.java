package org.emogap.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void aWrittenFileHasTheModeOfAnyNewFileAndNoTemporaryIsLeft() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");   // what the umask gives a new file
        Path f = AtomicFiles.writeText(dir.resolve("sub/out.csv"), w -> w.write("a,b\n"));
        assertEquals("a,b\n", Files.readString(f));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
            assertEquals(expected, Files.getPosixFilePermissions(f), "a temporary file's owner-only mode must not reach the result");
        }
        // a failed write leaves the old content and no temporary file
        assertThrows(java.io.UncheckedIOException.class, () -> AtomicFiles.write(f, out -> { throw new IOException("disk full"); }));
        assertEquals("a,b\n", Files.readString(f));
        try (var s = Files.list(f.getParent())) {
            assertTrue(s.allMatch(p -> p.equals(f)), "only the target remains");
        }
    }
}
