package io.srebench.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsViewModelTest {
    @TempDir
    Path dir;
    @AutoClose
    private SqliteStore store;
    private RunsViewModel vm;

    @BeforeEach
    void fill() {
        store = SqliteStore.open(dir.resolve("s.db"));
        String[] tasks = {"scenario-1", "scenario-2", "scenario-3"};
        String[] agents = {"alert-echo", "topology-walk"};
        for (String t : tasks) {
            for (String a : agents) {
                long id = store.createRun(new NewRun(0, t, a, null, 1, "{}"));
                store.appendTurn(id, new TurnRecord(0, Instant.now(), "{}", a + " looked at " + t), 0, 0, 0);
                store.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
                store.putScore(id, new ScoreRecord("set", a.equals("alert-echo") ? 0.0 : 0.5, 1, 1, "{}"), true);
            }
        }
        vm = new RunsViewModel(store, BackgroundExecutor.direct());
    }

    @Test
    void refreshListsEverythingAndOffersChoices() {
        vm.refresh();
        assertEquals(6, vm.runs().size());
        assertEquals(List.of(RunsViewModel.ANY, "scenario-1", "scenario-2", "scenario-3"), vm.taskChoices());
        assertEquals(List.of(RunsViewModel.ANY, "alert-echo", "topology-walk"), vm.agentChoices());
        assertEquals("6 of 6 runs", vm.statusLineProperty().get());
    }

    @Test
    void filtersNarrowTheList() {
        vm.agentProperty().set("topology-walk");
        vm.minScoreProperty().set(0.4);
        vm.refresh();
        assertEquals(3, vm.runs().size());
        vm.taskProperty().set("scenario-2");
        vm.refresh();
        assertEquals(1, vm.runs().size());
        assertEquals("1 of 6 runs", vm.statusLineProperty().get());
        vm.clearFilters();
        assertEquals(6, vm.runs().size());
    }

    @Test
    void textSearchUsesTranscripts() {
        vm.textProperty().set("alert-echo looked");
        vm.refresh();
        assertEquals(3, vm.runs().size());
        vm.runs().forEach(r -> assertEquals("alert-echo", r.agent()));
    }

    @Test
    void aFailingQueryReportsAnErrorAndKeepsTheList() {
        vm.refresh();
        store.close();
        vm.refresh();
        assertEquals(6, vm.runs().size());
        assertEquals(false, vm.errorProperty().get() == null);
        store = SqliteStore.open(dir.resolve("s.db"));
        vm = new RunsViewModel(store, BackgroundExecutor.direct());
        vm.refresh();
        assertNull(vm.errorProperty().get());
    }
}
