package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, findings 2 and 8: cleanup that never fails on deep trees, and the sweep of killed sessions. */
class ScratchDirTest {
    @TempDir
    Path tmp;

    private static void sh(Path cwd, String script) throws Exception {
        Process p = new ProcessBuilder("/bin/bash", "-c", script).directory(cwd.toFile()).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), script);
    }

    @Test
    void aTreeDeeperThanPathMaxWithUnreadableDirectoriesIsDeleted() throws Exception {
        Path top = Files.createDirectory(tmp.resolve("deep"));
        sh(top, "d=$(printf 'd%.0s' $(seq 1 200)); for i in $(seq 1 40); do mkdir $d && cd $d || exit 1; done; "
                + "echo x > f; ln -s / root; cd /; chmod 000 " + top + "/d*");
        ScratchDir.deleteTree(top);
        assertFalse(Files.exists(top));
        assertTrue(Files.exists(Path.of("/usr/bin")), "the planted link was not followed");
    }

    @Test
    void theSweepDeletesDirectoriesOfGoneJvmsOnly() throws Exception {
        Process dead = new ProcessBuilder("/bin/true").start();
        dead.waitFor();
        Path gone = Files.createDirectory(tmp.resolve(ScratchDir.PREFIX + "gone"));
        Files.writeString(gone.resolve(ScratchDir.OWNER), dead.pid() + " 2020-01-01T00:00:00Z\n");
        sh(gone, "mkdir -p work/a/b && echo x > work/a/b/f && chmod 000 work/a");
        Path live = Files.createDirectory(tmp.resolve(ScratchDir.PREFIX + "live"));
        ProcessHandle me = ProcessHandle.current();
        Files.writeString(live.resolve(ScratchDir.OWNER), me.pid() + " " + me.info().startInstant().orElseThrow() + "\n");
        Path legacy = Files.createDirectory(tmp.resolve(ScratchDir.PREFIX + "legacy"));
        ScratchDir.sweep(tmp);
        assertFalse(Files.exists(gone), "a killed session's scratch is cleaned on the next start");
        assertTrue(Files.exists(live), "a live session's scratch is kept");
        assertTrue(Files.exists(legacy), "a directory without an owner line is left alone");
    }

    @Test
    void closeNeverThrowsAndRemovesTheDirectory() throws Exception {
        ScratchDir d = ScratchDir.create();
        sh(d.work(), "mkdir -p a/b && chmod 000 a");
        assertTrue(d.closeQuietly());
        assertFalse(Files.exists(d.root()));
        d.close();
    }
}
