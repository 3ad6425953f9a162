package io.srebench.task.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsQuotedFieldsWithTabsDoubledQuotesAndNewlines() throws IOException {
        Path f = tmp.resolve("otel_logs_raw.tsv");
        Files.writeString(f, "Timestamp\tBody\tResourceAttributes\n"
                + "2025-12-01 21:16:24.000000000\t\"line one\n\tindented \"\"quoted\"\"\r\nline three\"\t"
                + "{'k8s.pod.name': 'cart-1'}\n"
                + "2025-12-01 21:16:25.000000000\tplain\t\n", StandardCharsets.UTF_8);
        try (TsvReader r = TsvReader.open(f)) {
            assertEquals(List.of("Timestamp", "Body", "ResourceAttributes"), r.header());
            TsvRecord a = r.next();
            assertEquals(2, a.line());
            assertEquals("line one\n\tindented \"quoted\"\r\nline three", a.get("Body"));
            assertEquals("{'k8s.pod.name': 'cart-1'}", a.get(2));
            TsvRecord b = r.next();
            assertEquals(5, b.line(), "the record after a three-line field starts on line 5");
            assertEquals("plain", b.get("Body"));
            assertNull(b.get("ResourceAttributes"), "empty field is null");
            assertNull(r.next());
        }
    }

    @Test
    void emptyAndQuotedEmptyAndShortRowsAndBlankLines() {
        String text = "\uFEFFa\tb\tc\r\n\"\"\t\tx\r\n\nonly\n";
        try (TsvReader r = TsvReader.of(new StringReader(text), "mem.tsv")) {
            assertEquals("a", r.header().get(0), "BOM dropped");
            TsvRecord one = r.next();
            assertEquals("", one.get("a"), "quoted empty stays an empty string");
            assertNull(one.get("b"));
            assertEquals("x", one.get("c"), "CR of CRLF is not part of the field");
            TsvRecord two = r.next();
            assertEquals(4, two.line(), "blank line 3 skipped");
            assertEquals("only", two.get("a"));
            assertNull(two.get("c"), "missing trailing column reads null");
            assertEquals(Map.of("a", "only"), Map.of("a", two.asMap().get("a")));
            assertTrue(two.asMap().containsKey("b"));
            assertNull(r.next());
        }
    }

    @Test
    void goDialectQuotesLeadingSpaceAndKeepsIt() {
        String text = "ts\tmsg\n2025-12-01 21:16:24 +0000 UTC\t\" leading space\"\n";
        try (TsvReader r = TsvReader.of(new StringReader(text), "go.tsv")) {
            TsvRecord rec = r.next();
            assertEquals(" leading space", rec.get("msg"));
            assertEquals(Timestamps.parse("2025-12-01T21:16:24Z"), Timestamps.parse(rec.get("ts")));
        }
    }

    @Test
    void tooManyFieldsNamesFileAndLine() {
        String text = "a\tb\n1\t2\n\"x\ny\"\t2\t3\n";
        try (TsvReader r = TsvReader.of(new StringReader(text), "tasks/x/events.tsv")) {
            r.next();
            BadInputException e = assertThrows(BadInputException.class, r::next);
            assertEquals("tasks/x/events.tsv:3: row has 3 fields but the header has 2", e.getMessage());
        }
    }

    @Test
    void unterminatedQuoteAtEofNamesFileAndStartLine() {
        String text = "a\tb\n1\t2\n3\t\"never\nclosed\n";
        try (TsvReader r = TsvReader.of(new StringReader(text), "f.tsv")) {
            r.next();
            BadInputException e = assertThrows(BadInputException.class, r::next);
            assertTrue(e.getMessage().startsWith("f.tsv:3: quoted field"), e.getMessage());
        }
    }

    @Test
    void emptyFileIsBadInput() throws IOException {
        Path f = tmp.resolve("empty.tsv");
        Files.writeString(f, "");
        BadInputException e = assertThrows(BadInputException.class, () -> TsvReader.open(f));
        assertTrue(e.getMessage().startsWith(f + ": empty file"), e.getMessage());
        BadInputException missing = assertThrows(BadInputException.class, () -> TsvReader.open(tmp.resolve("nope.tsv")));
        assertTrue(missing.getMessage().contains("nope.tsv: no such file"));
    }

    @Test
    void randomRowsSurviveARoundTripThroughTinyReadChunks() {
        Random rnd = new Random(42);
        String alphabet = "ab\t\"\n\r x'{}:é";
        List<List<String>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder("c0\tc1\tc2\n");
        for (int i = 0; i < 300; i++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                int len = rnd.nextInt(4) == 0 ? rnd.nextInt(70_000) : rnd.nextInt(12);
                StringBuilder v = new StringBuilder();
                for (int k = 0; k < len; k++) {
                    v.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                row.add(v.toString());
                text.append(c == 0 ? "" : "\t").append(pandasQuote(v.toString()));
            }
            text.append('\n');
            rows.add(row);
        }
        for (int chunk : new int[] {1, 7, 1 << 16}) {
            try (TsvReader r = TsvReader.of(new ChunkedReader(text.toString(), chunk), "random.tsv")) {
                for (List<String> expected : rows) {
                    TsvRecord rec = r.next();
                    for (int c = 0; c < 3; c++) {
                        String want = expected.get(c).isEmpty() ? null : expected.get(c);
                        assertEquals(want, rec.get(c), "chunk " + chunk + " line " + rec.line() + " col " + c);
                    }
                }
                assertNull(r.next());
            }
        }
    }

    /** pandas' minimal quoting: quote when the field holds TAB, quote, CR or LF. */
    static String pandasQuote(String v) {
        if (v.indexOf('\t') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** A reader handing out at most {@code chunk} characters per read, to exercise buffer refills. */
    static final class ChunkedReader extends Reader {
        private final String s;
        private final int chunk;
        private int pos;

        ChunkedReader(String s, int chunk) {
            this.s = s;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos >= s.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), s.length() - pos);
            s.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            pos = s.length();
        }
    }
}
