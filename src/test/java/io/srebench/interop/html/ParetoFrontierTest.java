package io.srebench.interop.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.srebench.interop.html.ParetoFrontier.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontierTest {
    @Test
    void keepsOnlyPointsNoOtherIsBothCheaperAndMoreAccurate() {
        Point cheapWeak = new Point("a", 0.0, 0.1);
        Point dominated = new Point("b", 0.5, 0.1);
        Point mid = new Point("c", 0.2, 0.6);
        Point dear = new Point("d", 1.0, 0.9);
        Point dearButWorse = new Point("e", 1.2, 0.8);
        List<Point> f = ParetoFrontier.of(List.of(dear, dominated, cheapWeak, dearButWorse, mid));
        assertEquals(List.of(cheapWeak, mid, dear), f);
    }

    @Test
    void sameCostKeepsTheMostAccurateAndIdenticalPointsStayTogether() {
        Point low = new Point("a", 0, 0.03);
        Point high = new Point("b", 0, 0.05);
        Point twin = new Point("c", 0, 0.05);
        assertEquals(List.of(high, twin), ParetoFrontier.of(List.of(low, high, twin)));
        assertEquals(List.of(), ParetoFrontier.of(List.of()));
    }

    @Test
    void axisMaximumIsRound() {
        assertEquals(1, SvgScatter.niceMax(0));
        assertEquals(5, SvgScatter.niceMax(3));
        assertEquals(0.025, SvgScatter.niceMax(0.0213), 1e-12);
        assertEquals(100, SvgScatter.niceMax(100));
    }
}
