package io.srebench.studio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class SplitMemoryTest {
    private static Region pane(double min) {
        Region r = new Region();
        r.setMinWidth(min);
        return r;
    }

    @Test
    void aStaleRememberedPositionCannotSqueezeAPaneBelowItsMinimum() {
        SplitPane split = new SplitPane(pane(50), pane(50), pane(192));
        StudioSettings settings = StudioSettings.inMemory();
        settings.setDivider("t.0", 0.3);
        settings.setDivider("t.1", 0.97);
        Subscriptions subs = new Subscriptions();
        SplitMemory.bind(split, "t", settings, subs);
        // no size yet: restored as remembered
        assertEquals(0.97, split.getDividers().get(1).getPosition(), 1e-9);
        split.resize(1000, 100);
        // the last pane needs 192 + 8 px of 1000
        assertEquals(0.8, split.getDividers().get(1).getPosition(), 1e-9);
        assertEquals(0.3, split.getDividers().get(0).getPosition(), 1e-9);
        split.resize(400, 100);
        assertEquals(0.5, split.getDividers().get(1).getPosition(), 1e-9);
        assertEquals(0.3, split.getDividers().get(0).getPosition(), 1e-9);
        subs.releaseAll();
    }

    @Test
    void whenNothingFitsTheLaterPanesKeepTheirMinimumFirst() {
        SplitPane split = new SplitPane(pane(92), pane(92));
        split.setDividerPositions(0.9);
        split.resize(150, 100);
        assertTrue(SplitMemory.clamp(split));
        assertEquals(50.0 / 150, split.getDividers().get(0).getPosition(), 1e-9);
        assertFalse(SplitMemory.clamp(split), "a clamped split stays put");
    }
}
