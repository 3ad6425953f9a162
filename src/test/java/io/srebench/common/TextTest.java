package io.srebench.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void oneLineJoinsLinesButKeepsSpacingInsideALine() {
        assertEquals("a  b c d", Text.oneLine("  a  b \n\n  c\r\nd \n"));
        assertEquals("x\ty", Text.oneLine("x\ty"));
        assertEquals("", Text.oneLine((String) null));
    }

    @Test
    void collapseSqueezesEveryWhitespaceRun() {
        assertEquals("a b c", Text.collapse(" a \t b\n\n c "));
        assertEquals("", Text.collapse(null));
    }

    @Test
    void oneLineWithMaxKeepsTheTotalWidth() {
        assertEquals("ab", Text.oneLine("ab", 3));
        assertEquals("a b", Text.oneLine("a \n b", 3));
        assertEquals("a b…", Text.oneLine("a \n b c d", 4));
        assertEquals(4, Text.oneLine("a \n b c d", 4).length());
        assertEquals("", Text.oneLine(null, 5));
    }

    @Test
    void shortenCutsToExactlyMax() {
        assertEquals("abcd", Text.shorten("abcd", 4));
        assertEquals("abc…", Text.shorten("abcde", 4));
        assertEquals("ab...", Text.shorten("abcdef", 5, "..."));
        assertEquals("abcde", Text.shorten("abcde", 5, "..."));
    }

    @Test
    void clipKeepsMaxCharactersAndAppendsTheMarker() {
        assertEquals("abc", Text.clip("abc", 3, "..."));
        assertEquals("abc...", Text.clip("abcd", 3, "..."));
    }

    @Test
    void firstLineStopsAtTheFirstBreak() {
        assertEquals("one", Text.firstLine("one\ntwo"));
        assertEquals("", Text.firstLine("\ntwo"));
        assertEquals("one", Text.firstLine("one"));
        assertEquals("", Text.firstLine((String) null));
    }

    @Test
    void exceptionsFallBackToTheirClassName() {
        assertEquals("NullPointerException", Text.oneLine(new NullPointerException()));
        assertEquals("disk full at /x", Text.oneLine(new IOException(" disk full\n  at /x ")));
        assertEquals(" disk full", Text.firstLine(new IOException(" disk full\n  at /x ")));
        assertEquals("IllegalStateException", Text.firstLine(new IllegalStateException()));
        assertEquals("IOException", Text.message(new IOException((String) null)));
    }

    @Test
    void strippedFirstLineSkipsLeadingBlankLinesAndTrimsTheLine() {
        assertEquals("bad key", Text.strippedFirstLine("\n  bad key  \n  at line 3"));
        assertEquals("", Text.strippedFirstLine(null));
        assertEquals("one", Text.strippedFirstLine("one"));
    }
}
