package io.srebench.task;

import io.srebench.common.UserDirs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentViewTest {
    @TempDir
    Path tmp;

    private UserDirs dirs() {
        return new UserDirs(Map.of("SREBENCH_CACHE_DIR", tmp.resolve("cache").toString()), "linux", tmp);
    }

    @Test
    void aCleanFolderIsMountedAsIs() throws IOException {
        Path snap = Files.createDirectories(tmp.resolve("snap"));
        Files.writeString(snap.resolve("k8s_events_raw.tsv"), "a\n");
        assertEquals(snap.toAbsolutePath().normalize(), AgentView.of(snap, dirs()));
    }

    @Test
    void truthSpecsAndTheirAliasesAreLeftOut() throws IOException {
        Path snap = Files.createDirectories(tmp.resolve("snap"));
        Files.writeString(snap.resolve("k8s_events_raw.tsv"), "a\n");
        Files.writeString(snap.resolve("ground_truths.json"), "[]");
        Files.writeString(snap.resolve("GroundTruth_v1.yaml"), "x: 1");
        Files.writeString(snap.resolve("scenario.yaml"), "x: 1");
        Files.writeString(snap.resolve("index.json"), "{}");
        Files.writeString(snap.resolve("renamed.yaml"), "apiVersion: itbench.io/v2\nkind: GroundTruth\n");
        Files.createLink(snap.resolve("alias.tsv"), snap.resolve("scenario.yaml"));
        Files.createDirectories(snap.resolve("the_truth"));
        Files.writeString(snap.resolve("the_truth/x.tsv"), "x");
        Path view = AgentView.of(snap, dirs());
        assertNotEquals(snap, view);
        assertTrue(view.startsWith(tmp.resolve("cache/agent-views")), view.toString());
        assertEquals(List.of(Path.of("k8s_events_raw.tsv")), AgentView.visibleFiles(view));
        assertEquals(view, AgentView.of(snap, dirs()), "an unchanged folder reuses its view");
        assertFalse(AgentView.isHiddenName("k8s_objects_raw.tsv"));
        assertTrue(AgentView.isHiddenName("Ground_Truth.yaml"));
    }
}
