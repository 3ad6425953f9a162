package io.srebench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
                Html.esc("<script>alert(\"x\" & 'y')</script>"));
        assertEquals("", Html.esc(null));
    }

    @Test
    void replacesControlCharactersAndLoneSurrogatesButKeepsPairsAndWhitespace() {
        assertEquals("a\uFFFDb\uFFFDc\td\ne", Html.esc("a\u0000b\u001bc\td\ne"));
        assertEquals("x\uFFFDy", Html.esc("x\uD800y"));
        assertEquals("\uD83D\uDE00", Html.esc("\uD83D\uDE00"));
        assertEquals("\uFFFD", Html.esc("\u0085"));
    }

    @Test
    void cutsWithoutSplittingASurrogatePair() {
        Html.Cut c = Html.cut("ab\uD83D\uDE00cd", 3);
        assertEquals("ab", c.text());
        assertEquals(4, c.omitted());
        assertEquals(new Html.Cut("abc", 0), Html.cut("abc", 3));
        assertEquals(new Html.Cut("", 0), Html.cut(null, 3));
    }
}
