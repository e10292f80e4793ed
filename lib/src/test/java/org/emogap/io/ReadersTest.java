package org.emogap.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReadersTest {
    @TempDir Path dir;

    /** "id,text\n1,ok\n2,caf\xE9 au lait\n": Latin-1 é (0xE9) on line 3, at byte 18 (8 + 5 bytes of lines 1-2, then "2,caf"). */
    Path latin1() throws IOException {
        Path f = dir.resolve("bad.csv");
        byte[] head = "id,text\n1,ok\n2,caf".getBytes();
        byte[] tail = " au lait\n".getBytes();
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Files.write(f, all);
        assertEquals(18, head.length);
        return f;
    }

    @Test
    void csvNamesTheLineAndByteOfAnInvalidUtf8Byte() throws IOException {
        Path f = latin1();
        DataFileException e = assertThrows(DataFileException.class, () -> CsvReader.read(f, List.of("id", "text"), r -> {}));
        assertEquals(3, e.line());
        assertEquals(f + ":3: not valid UTF-8 (byte offset 18)", e.getMessage());
    }

    @Test
    void textLinesNamesTheSameLine() throws IOException {
        Path f = latin1();
        DataFileException e = assertThrows(DataFileException.class, () -> TextLines.forEach(f, (n, s) -> {}));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().endsWith("(byte offset 18)"), e.getMessage());
    }

    @Test
    void overlongAndSurrogateEncodingsAreInvalid() throws IOException {
        Path overlong = dir.resolve("o.txt");
        Files.write(overlong, new byte[]{'a', '\n', (byte) 0xC0, (byte) 0xAF});       // overlong '/'
        assertArrayEquals(new long[]{2, 2}, Utf8.firstInvalid(overlong));
        Path surrogate = dir.resolve("s.txt");
        Files.write(surrogate, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});     // U+D800
        assertArrayEquals(new long[]{0, 1}, Utf8.firstInvalid(surrogate));
        Path fine = dir.resolve("f.txt");
        Files.writeString(fine, "naïve — ok ✓ 😀\n");
        assertNull(Utf8.firstInvalid(fine));
    }

    @Test
    void csvChecksColumnsAndWidthsWithLineNumbersOfRecords() throws IOException {
        Path f = dir.resolve("q.csv");
        // the quoted field spans lines 2-3, so the short record starts on line 4
        Files.writeString(f, "\uFEFFid,text\n1,\"two\nlines\"\n2\n");
        DataFileException e = assertThrows(DataFileException.class, () -> CsvReader.read(f, List.of("id", "text"), r -> {}));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("expected 2 fields"), e.getMessage());
        DataFileException missing = assertThrows(DataFileException.class, () -> CsvReader.read(f, List.of("id", "label"), r -> {}));
        assertEquals(1, missing.line());
        assertTrue(missing.getMessage().contains("[label]"), missing.getMessage());
    }

    @Test
    void rowsCarryTheirLines() throws IOException {
        Path f = dir.resolve("ok.csv");
        Files.writeString(f, "id,text\n1,a\n\n2,\"b\nc\"\n3,d\n");
        List<String> seen = new ArrayList<>();
        CsvReader.read(f, List.of("id"), r -> seen.add(r.get("id") + "@" + r.line()));
        assertEquals(List.of("1@2", "2@4", "3@6"), seen);
        List<String> lines = new ArrayList<>();
        TextLines.forEach(f, (n, s) -> lines.add(n + ":" + s));
        assertEquals("3:", lines.get(2));
        assertEquals(6, lines.size());
    }
}
