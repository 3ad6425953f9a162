package io.srebench.studio.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.task.Task;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one "reveal ground truth" of the inspector and the comparison: loads once, says why there is none. */
class GroundTruthRevealTest {
    private final Jobs jobs = new Jobs(BackgroundExecutor.direct());
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger redraws = new AtomicInteger();

    private GroundTruthReveal reveal(Task task, boolean runLoaded) {
        return new GroundTruthReveal(jobs, t -> {
            loads.incrementAndGet();
            return RunViewFixture.truth();
        }, () -> task, () -> runLoaded, redraws::incrementAndGet);
    }

    @Test
    void theRootCausesShowOnlyWhileRevealedAndLoadOnce() {
        GroundTruthReveal r = reveal(RunViewFixture.task(Path.of("/nowhere/snapshot")), true);
        assertNull(r.shownRootCauses(), "hidden until revealed");
        r.revealProperty().set(true);
        assertEquals(1, r.shownRootCauses().size());
        assertEquals("1 root cause(s)", r.noteProperty().get());
        r.revealProperty().set(false);
        assertNull(r.shownRootCauses(), "hidden again");
        r.revealProperty().set(true);
        assertEquals(1, loads.get(), "the second reveal reuses what was loaded");
        assertEquals(4, redraws.get(), "three toggles and one arrival redraw");
    }

    @Test
    void aTaskOutsideTheCatalogSaysSoOnceTheRunIsLoaded() {
        GroundTruthReveal early = reveal(null, false);
        early.revealProperty().set(true);
        assertEquals("", early.noteProperty().get(), "nothing to say before the run is known");
        GroundTruthReveal r = reveal(null, true);
        r.revealProperty().set(true);
        assertEquals("no ground truth: task not in the catalog", r.noteProperty().get());
        assertNull(r.shownRootCauses());
        assertEquals(0, loads.get());
    }

    @Test
    void aFailedLoadIsOneLineAndCanBeRetried() {
        AtomicBoolean fail = new AtomicBoolean(true);
        GroundTruthReveal r = new GroundTruthReveal(jobs, t -> {
            if (fail.get()) {
                throw new IllegalStateException("truth.yaml: bad indentation\n  at line 3");
            }
            return RunViewFixture.truth();
        }, () -> RunViewFixture.task(Path.of("/nowhere/snapshot")), () -> true, () -> { });
        r.revealProperty().set(true);
        assertEquals("ground truth unavailable: truth.yaml: bad indentation", r.noteProperty().get());
        fail.set(false);
        r.revealProperty().set(false);
        r.revealProperty().set(true);
        assertEquals("1 root cause(s)", r.noteProperty().get());
    }
}
