package io.srebench.task.tsv;

import io.srebench.common.BadInputException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streaming reader for the tab-separated files of ITBench-Lite snapshots.
 *
 * <p>Dialect: what pandas {@code DataFrame.to_csv(sep="\t")} and Go {@code encoding/csv} (Comma = TAB) write.
 * The first row is the header. Fields containing TAB, {@code "}, CR or LF (Go: also a leading space) are
 * wrapped in double quotes with inner quotes doubled; quoted fields may span lines. Records end at LF or
 * CRLF. Blank lines are skipped (as pandas does). A UTF-8 BOM is dropped; invalid UTF-8 is replaced, not
 * refused. Limits: text after a closing quote up to the next TAB/newline is kept literally instead of being
 * refused; a quote inside an unquoted field is literal. Rows shorter than the header read {@code null} for
 * the missing columns; longer rows and a quoted field still open at end of file are
 * {@link BadInputException}s naming the file and the record's line.
 *
 * <p>Not thread-safe. One record is held at a time, so files of any size stream in constant memory
 * (plus the largest field).
 */
public final class TsvReader implements Closeable, Iterable<TsvRecord> {
    private static final int EOF = -1;
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final String source;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private int line = 1;
    private final StringBuilder sb = new StringBuilder();
    private final List<String> row = new ArrayList<>();
    private final TsvHeader header;
    private TsvRecord pending;

    private TsvReader(Reader in, String source) {
        this.in = in;
        this.source = source;
        try {
            if (fill() && buf[pos] == '\uFEFF') {
                pos++;
            }
            if (!readRow()) {
                throw new BadInputException(source + ": empty file, expected a header row");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        List<String> names = new ArrayList<>(row.size());
        for (String n : row) {
            names.add(n == null ? "" : n);
        }
        this.header = new TsvHeader(names);
    }

    /** Opens {@code file} (UTF-8). A missing file is a {@link BadInputException}. */
    public static TsvReader open(Path file) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            Reader r = new InputStreamReader(Files.newInputStream(file), decoder);
            try {
                return new TsvReader(r, file.toString());
            } catch (RuntimeException e) {
                r.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads from {@code reader}; {@code source} names it in error messages. The reader is closed by {@link #close()}. */
    public static TsvReader of(Reader reader, String source) {
        return new TsvReader(reader, source);
    }

    /** The name used in error messages (the file path for {@link #open(Path)}). */
    public String source() {
        return source;
    }

    /** Column names from the header row (empty header cells read as {@code ""}). */
    public List<String> header() {
        return header.names();
    }

    /** Index of {@code column} in the header, or -1. */
    public int columnIndex(String column) {
        return header.indexOf(column);
    }

    /** The next record, or {@code null} at end of input. */
    public TsvRecord next() {
        if (pending != null) {
            TsvRecord r = pending;
            pending = null;
            return r;
        }
        try {
            int start;
            do {
                start = line;
                if (!readRow()) {
                    return null;
                }
            } while (row.size() == 1 && row.get(0) == null);
            if (row.size() > header.names().size()) {
                throw new BadInputException(source + ":" + start + ": row has " + row.size()
                        + " fields but the header has " + header.names().size());
            }
            return new TsvRecord(header, row.toArray(new String[0]), start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** All remaining records, lazily; closing the stream closes this reader. */
    public Stream<TsvRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    @Override
    public Iterator<TsvRecord> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = TsvReader.this.next();
                }
                return pending != null;
            }

            @Override
            public TsvRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TsvRecord r = pending;
                pending = null;
                return r;
            }
        };
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + source, e);
        }
    }

    /** Reads one physical record into {@link #row}; false when the input is exhausted before any character. */
    private boolean readRow() throws IOException {
        row.clear();
        if (pos >= limit && !fill()) {
            return false;
        }
        int recordLine = line;
        while (true) {
            int end;
            if (buf[pos] == '"') {
                pos++;
                end = readQuoted(recordLine);
            } else {
                end = readUnquoted();
            }
            if (end != '\t') {
                return true;
            }
            if (pos >= limit && !fill()) {
                row.add(null);
                return true;
            }
        }
    }

    /** Reads an unquoted field up to and including its terminator; returns TAB, LF or EOF. */
    private int readUnquoted() throws IOException {
        int start = pos;
        boolean spilled = false;
        while (true) {
            while (pos < limit) {
                char c = buf[pos];
                if (c == '\t' || c == '\n') {
                    int stop = pos;
                    pos++;
                    if (c == '\n') {
                        line++;
                    }
                    addField(start, stop, spilled, c == '\n');
                    return c;
                }
                pos++;
            }
            sb.append(buf, start, pos - start);
            spilled = true;
            if (!fill()) {
                addField(0, 0, true, true);
                return EOF;
            }
            start = pos;
        }
    }

    private void addField(int start, int stop, boolean spilled, boolean atLineEnd) {
        String v;
        if (spilled) {
            sb.append(buf, start, stop - start);
            if (atLineEnd && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') {
                sb.setLength(sb.length() - 1);
            }
            v = sb.length() == 0 ? null : sb.toString();
            sb.setLength(0);
        } else {
            if (atLineEnd && stop > start && buf[stop - 1] == '\r') {
                stop--;
            }
            v = stop == start ? null : new String(buf, start, stop - start);
        }
        row.add(v);
    }

    /** Reads a quoted field (opening quote consumed) and its terminator; returns TAB, LF or EOF. */
    private int readQuoted(int recordLine) throws IOException {
        sb.setLength(0);
        while (true) {
            int start = pos;
            boolean closed = false;
            while (pos < limit) {
                char c = buf[pos];
                if (c == '"') {
                    sb.append(buf, start, pos - start);
                    pos++;
                    if ((pos < limit || fill()) && buf[pos] == '"') {
                        sb.append('"');
                        pos++;
                        start = pos;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
            if (closed) {
                break;
            }
            sb.append(buf, start, pos - start);
            if (!fill()) {
                throw new BadInputException(source + ":" + recordLine + ": quoted field opened on this record never closes"
                        + " (end of file reached)");
            }
        }
        // Lenient: anything between the closing quote and the terminator is kept literally (CR is dropped).
        while (pos < limit || fill()) {
            char c = buf[pos++];
            if (c == '\t' || c == '\n') {
                if (c == '\n') {
                    line++;
                }
                row.add(sb.toString());
                sb.setLength(0);
                return c;
            }
            if (c != '\r') {
                sb.append(c);
            }
        }
        row.add(sb.toString());
        sb.setLength(0);
        return EOF;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
