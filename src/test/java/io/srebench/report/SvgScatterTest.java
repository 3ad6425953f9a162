package io.srebench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgScatterTest {
    @Test
    void axisMaximumIsRound() {
        assertEquals(1, SvgScatter.niceMax(0));
        assertEquals(5, SvgScatter.niceMax(3));
        assertEquals(0.025, SvgScatter.niceMax(0.0213), 1e-12);
        assertEquals(100, SvgScatter.niceMax(100));
    }

    @Test
    void theFrontierLineJoinsOnlyTheUndominatedAgentsByCost() {
        List<SvgScatter.Dot> dots = List.of(new SvgScatter.Dot("dear", 1.0, 0.9, 0, "red"),
                new SvgScatter.Dot("dominated", 0.5, 0.1, 0, "blue"), new SvgScatter.Dot("cheap", 0.0, 0.1, 0, "green"));
        String svg = SvgScatter.render("t", "cost", x -> "" + x, dots, true);
        // x: 62 + cost / 1.0 * 388; y: 34 + 294 - accuracy * 294 (the plot's margins and size)
        assertTrue(svg.contains("<polyline points=\"62.0,298.6 450.0,63.4\""), svg);
    }
}
