package org.emogap.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one reader of headed CSV files (Commons CSV, RFC 4180 quoting, empty lines skipped, a
 * byte-order mark dropped). It checks the required columns and each row's width, decodes UTF-8
 * strictly, and reports every problem as {@link DataFileException} {@code file:line: reason},
 * where line is the 1-based line on which the offending record starts (1 = header); an invalid
 * byte is reported at the line it falls on, with its byte offset.
 */
public final class CsvReader {
    // Empty lines are skipped here, not by Commons CSV: when it skips them the parser's line count
    // no longer tells on which line the next record starts.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvReader() {}

    /** The header of a file: column positions by name (first occurrence wins). */
    public record Header(Path file, List<String> names, Map<String, Integer> positions) {
        public Header {
            names = List.copyOf(names);
            positions = Map.copyOf(positions);
        }

        /** Position of a column; the file was checked to have every required one. */
        public int position(String column) {
            Integer i = positions.get(column);
            if (i == null) throw new DataFileException(file, 1, "missing column '" + column + "'");
            return i;
        }

        public boolean has(String column) { return positions.containsKey(column); }
    }

    /** One data row, with errors that name its file and line. */
    public static final class Row {
        private final Header header;
        private final long line;
        private final CSVRecord record;

        Row(Header header, long line, CSVRecord record) {
            this.header = header;
            this.line = line;
            this.record = record;
        }

        /** The field of a named column. */
        public String get(String column) { return record.get(header.position(column)); }

        /** The field at a position (see {@link Header#position}). */
        public String get(int position) { return record.get(position); }

        public long line() { return line; }

        public Path file() { return header.file(); }

        /** An error at this row: throw it. */
        public DataFileException error(String reason) { return new DataFileException(header.file(), line, reason); }
    }

    /** Reads {@code file}, handing every data row to {@code each}. */
    public static void read(Path file, List<String> required, Consumer<Row> each) {
        readWith(file, required, h -> each);
    }

    /**
     * Reads {@code file}: checks the header against {@code required}, asks {@code handler} for the
     * row consumer once the header is known (so it can look up column positions once), then hands it
     * every data row. An empty file (no header) is an error.
     */
    public static void readWith(Path file, List<String> required, Function<Header, Consumer<Row>> handler) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream raw = Files.newInputStream(file);
             Reader in = new java.io.BufferedReader(new InputStreamReader(raw, strict), 1 << 16);
             CSVParser parser = FORMAT.parse(in)) {
            Iterator<CSVRecord> it = parser.iterator();
            CSVRecord head = null;
            while (next(it, file, 1)) {
                head = it.next();
                if (head.size() > 1 || !head.get(0).isEmpty()) break;
                head = null;
            }
            if (head == null) throw new DataFileException(file, 1, "empty file, expected a header row");
            List<String> names = new ArrayList<>();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < head.size(); i++) {
                String name = head.get(i).strip().replace("\uFEFF", "");
                names.add(name);
                col.putIfAbsent(name, i);
            }
            List<String> missing = required.stream().filter(r -> !col.containsKey(r)).toList();
            if (!missing.isEmpty()) throw new DataFileException(file, 1, "missing column(s) " + missing);
            Header header = new Header(file, names, col);
            Consumer<Row> each = handler.apply(header);
            long lineEnd = parser.getCurrentLineNumber();
            while (next(it, file, lineEnd + 1)) {
                long line = lineEnd + 1;
                CSVRecord r = it.next();
                lineEnd = parser.getCurrentLineNumber();
                if (r.size() == 1 && r.get(0).isEmpty()) continue; // an empty line
                if (r.size() != head.size()) {
                    throw new DataFileException(file, line, "expected " + head.size() + " fields as in the header, found " + r.size());
                }
                each.accept(new Row(header, line, r));
            }
        } catch (CharacterCodingException e) {
            throw TextLines.invalidUtf8(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean next(Iterator<CSVRecord> it, Path file, long line) {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable t = e;
            while (t.getCause() != null) t = t.getCause();
            if (t instanceof CharacterCodingException cce) throw TextLines.invalidUtf8(file, cce);
            throw new DataFileException(file, line, "malformed CSV: " + t.getMessage(), e);
        }
    }
}
