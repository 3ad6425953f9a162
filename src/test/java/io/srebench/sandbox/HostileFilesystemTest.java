package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Hostile commands against the file system: the ground truth and host files must stay out of reach. */
class HostileFilesystemTest extends HostileBase {
    @Test
    void groundTruthBesideTheSnapshotByRelativePath() {
        ExecResult r = run("cat /snapshot/../groundtruth.yaml; cat ../groundtruth.yaml; cd /snapshot && cat ../groundtruth.yaml");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stderr().contains("No such file or directory"), r.stderr());
    }

    @Test
    void groundTruthByAbsoluteHostPath() {
        ExecResult r = run("cat " + gtPath() + "; ls " + fx.taskDir);
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stderr().contains("No such file or directory"), r.stderr());
    }

    @Test
    void groundTruthThroughProcSelfRootAndProcOneRoot() {
        ExecResult r = run("cat /proc/self/root" + gtPath() + "; cat /proc/1/root" + gtPath() + "; cat /proc/$$/root" + gtPath()
                + "; ls /proc/self/root/");
        // Each cat fails: no such file (own root) or permission denied (/proc/1 belongs to bwrap's init).
        assertEquals(3, r.stderr().lines().filter(l -> l.startsWith("cat: ") && (l.endsWith("No such file or directory")
                || l.endsWith("Permission denied"))).count(), r.stderr());
        assertFalse(r.stdout().contains("tasks"), "the sandbox root holds only its own mounts: " + r.stdout());
    }

    @Test
    void groundTruthThroughSymlinkCreatedInScratch() throws Exception {
        ExecResult r = run("ln -s " + gtPath() + " gt && cat gt; ln -s / hostroot && ls hostroot/ && cat hostroot" + gtPath()
                + "; ln -s ../groundtruth.yaml /work/rel && cat /work/rel");
        assertNotEquals(0, r.exitCode());
        // The link exists on the host pointing at the real file: close() must remove the link, not follow it.
        Path scratch = ((BwrapSandbox) sb).scratchDir();
        assertTrue(Files.isSymbolicLink(scratch.resolve("gt")));
        assertTrue(Files.isSymbolicLink(scratch.resolve("hostroot")));
    }

    @Test
    void groundTruthByDotDotWalksAndSearches() {
        ExecResult r = run("cat /work/../../../../.." + gtPath() + "; cd /; for i in 1 2 3 4 5 6 7 8; do cd ..; done; pwd;"
                + " find / -xdev \\( -name 'groundtruth*' -o -name 'id_ed25519' \\) -print 2>/dev/null;"
                + " grep -rl GROUND-TRUTH / --exclude-dir=proc --exclude-dir=usr --exclude-dir=sys 2>/dev/null; exit 0");
        assertEquals("/\n", r.stdout(), "nothing found: " + r.stdout());
    }

    @Test
    void userHomeSshAndRootAreNotThere() {
        ExecResult r = run("cat " + fx.fakeHome + "/id_ed25519; ls ~/.ssh; ls /root; ls /home; cat /root/.ssh/id_rsa; "
                + "cat " + System.getProperty("user.home") + "/.bash_history");
        assertNotEquals(0, r.exitCode());
        assertEquals("", r.stdout());
        assertEquals("/work\n", sb.exec("echo ~", T).stdout(), "HOME is the scratch directory");
    }

    @Test
    void shadowAndHostEtcAreNotThere() {
        ExecResult r = run("cat /etc/shadow; cat /etc/gshadow; ls /etc");
        assertTrue(r.stderr().contains("/etc/shadow: No such file or directory"), r.stderr());
        assertEquals("alternatives\ngroup\nhosts\nld.so.cache\nnsswitch.conf\npasswd\n", r.stdout());
    }

    @Test
    void snapshotIsReadOnly() throws Exception {
        ExecResult r = run("echo x > /snapshot/new.txt; rm -f /snapshot/k8s_events_raw.tsv; "
                + "echo x >> /snapshot/k8s_events_raw.tsv; mkdir /snapshot/d; chmod 777 /snapshot");
        assertNotEquals(0, r.exitCode());
        assertTrue(r.stderr().contains("Read-only file system"), r.stderr());
        assertFalse(Files.exists(fx.snapshot.resolve("new.txt")));
        assertEquals(51, Files.readAllLines(fx.snapshot.resolve("k8s_events_raw.tsv")).size());
    }

    @Test
    void systemDirectoriesAreReadOnly() {
        ExecResult r = run("touch /usr/bin/evil; echo x > /etc/passwd; mkdir /opt; rm -f /bin/ls; touch /evil; echo ok");
        assertTrue(r.stderr().contains("Read-only file system"), r.stderr());
        assertFalse(Files.exists(Path.of("/usr/bin/evil")));
        assertFalse(Files.exists(Path.of("/evil")));
        assertTrue(Files.exists(Path.of("/usr/bin/ls")));
    }

    @Test
    void noBlockDevicesToWrite() {
        ExecResult r = run("ls /dev; echo x > /dev/sda; echo x > /dev/vda; mknod /tmp/sda b 8 0; mknod /tmp/vda b 253 0; "
                + "ls /sys/block");
        assertNotEquals(0, r.exitCode());
        assertFalse(r.stdout().contains("sda") || r.stdout().contains("vda"), r.stdout());
        assertTrue(r.stderr().contains("mknod"), r.stderr());
    }

    @Test
    void mountAndUnshareDoNotReachTheHost() {
        ExecResult r = run("mount -t tmpfs none /work; mount --bind / /work; "
                + "unshare -Urm sh -c 'mount -t proc proc /tmp 2>&1; mount --bind / /tmp 2>&1; cat /tmp" + gtPath() + "'; "
                + "unshare -p -f --mount-proc true; exit 0");
        assertFalse(r.stdout().contains("tasks/t1"), r.stdout());
    }

    @Test
    void chrootEscapesFail() {
        ExecResult r = run("chroot / cat " + gtPath() + "; mkdir -p jail; "
                + "unshare -Ur sh -c 'chroot jail /bin/true; cd /; chroot . cat " + gtPath() + "' ; "
                + "cd /; for i in $(seq 30); do cd ..; done; cat ." + gtPath());
        assertNotEquals(0, r.exitCode());
    }

    @Test
    void hostProcessMemoryAndEnvironmentAreUnreachable() {
        long jvm = ProcessHandle.current().pid();
        ExecResult r = run("cat /proc/" + jvm + "/environ; head -c 64 /proc/" + jvm + "/mem; cat /proc/" + jvm + "/cmdline;"
                + " cat /proc/1/environ; echo; head -c 16 /proc/1/mem; echo; ls /proc | grep -c '^[0-9]'");
        assertTrue(r.stderr().contains("/proc/" + jvm + "/environ: No such file or directory"), r.stderr());
        assertTrue(r.stderr().contains("/proc/" + jvm + "/mem"), r.stderr());
        if (BwrapSandbox.isRoot()) {
            // root mode: pid 1 is the session supervisor, which runs as another uid than the command
            assertTrue(r.stderr().contains("/proc/1/mem"), "the sandbox init's memory is not readable either: " + r.stderr());
        }
        // Only the sandbox's own processes exist in its pid namespace (init, bash, ls, grep).
        int visible = Integer.parseInt(r.stdout().strip().lines().reduce((a, b) -> b).orElse("99"));
        assertTrue(visible <= 5, "host processes visible: " + visible);
        assertHostEnvAbsent(r.stdout());
    }

    @Test
    void noDescriptorPointsOutside() {
        ExecResult r = run("for p in /proc/[0-9]*; do ls -l $p/fd 2>/dev/null; done | awk '{print $NF}' | sort -u");
        for (String target : r.stdout().split("\n")) {
            assertFalse(target.startsWith("/") && !target.startsWith("/dev/") && !target.startsWith("/proc/"),
                    "descriptor to a host path: " + target);
        }
    }

    @Test
    void scratchLinkToRootDoesNotMakeCloseDeleteHostFiles() throws Exception {
        run("ln -s / root; ln -s " + fx.taskDir + " task; ln -s /snapshot snap; chmod 000 /work; exit 0");
        Path scratch = ((BwrapSandbox) sb).scratchDir();
        sb.close();
        assertFalse(Files.exists(scratch));
        assertTrue(Files.exists(fx.groundTruth) && Files.exists(fx.snapshot.resolve("k8s_events_raw.tsv")));
        sb = SandboxFixture.bwrap(fx.snapshot, options());
    }

    /** Any host environment value (of some length) found in the text is a leak. */
    static void assertHostEnvAbsent(String text) {
        System.getenv().forEach((k, v) -> {
            if (v.length() >= 12 && !SandboxEnvironment.of("/work").containsValue(v)) {
                assertFalse(text.contains(k + "=" + v), "host variable " + k + " leaked");
            }
        });
    }
}
