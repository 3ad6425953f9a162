package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, findings 2-4: disk, inode and memory bombs and the host keyring, against kernel-enforced bounds.
 * Small limits keep the bombs cheap; each test fails on the code before those bounds (tree-walking quota,
 * no inode cap, RLIMIT_AS per process only, shared session keyring).
 */
class HostileBoundsTest extends HostileBase {
    private static final long MIB = 1024L * 1024;

    @Override
    SandboxOptions options() {
        return SandboxOptions.defaults().withScratchQuotaBytes(32 * MIB).withMaxFileBytes(16 * MIB)
                .withTmpBytes(8 * MIB).withScratchInodes(2000).withSessionMemoryBytes(384 * MIB);
    }

    private boolean rootMode() {
        return ((BwrapSandbox) sb).sessionUid() >= 0;
    }

    /** CI runs as root: the kernel-enforced bounds must be there, never silently skipped. */
    private void requireRootMode() {
        if (SandboxFactory.bwrapRequired()) {
            assertTrue(rootMode(), "CI runs srebench as root, where the kernel bounds apply");
        }
        assumeTrue(rootMode(), "kernel-enforced scratch bounds need root mode");
    }

    @Test
    void aTreeDeeperThanPathMaxCannotHideWritesFromTheQuota() {
        requireRootMode();
        ExecResult r = run("d=$(printf 'd%.0s' $(seq 1 200)); for i in $(seq 1 30); do mkdir $d && cd $d || exit 9; done;"
                + " pwd | wc -c; for i in 1 2 3 4; do head -c 15M /dev/zero > big$i || break; done; echo i=$i;"
                + " exec -a " + marker + " true", Duration.ofSeconds(60));
        assertTrue(Integer.parseInt(r.stdout().lines().findFirst().orElse("0").strip()) > 4096, r.stdout());
        assertTrue(r.stderr().contains("No space left on device"), r.stderr());
        ExecResult used = sb.exec("df -B1 --output=used /work | tail -1", T);
        assertTrue(Long.parseLong(used.stdout().strip()) <= 32 * MIB, "used " + used.stdout());
    }

    @Test
    void anInodeBombStopsAtTheInodeCapInWorkAndTmp() {
        requireRootMode();
        ExecResult r = run("mkdir d{1..5000} 2>&1 | tail -1; ls -d d* | wc -l; touch /tmp/f{1..5000} 2>&1 | tail -1;"
                + " ls /tmp | wc -l", Duration.ofSeconds(60));
        assertTrue(r.stdout().contains("No space left on device"), r.stdout());
        String[] counts = r.stdout().lines().filter(l -> l.matches("\\d+")).toArray(String[]::new);
        assertTrue(Integer.parseInt(counts[0]) < 2000, "directories made: " + counts[0]);
        assertTrue(Integer.parseInt(counts[1]) < 500, "files in /tmp: " + counts[1]);
    }

    @Test
    void fourProcessesCannotTogetherExceedTheSessionMemory() {
        if (SandboxFactory.bwrapRequired() && rootMode()) {
            assertTrue(((BwrapSandbox) sb).sessionMemoryCapped(), "no session cgroup: " + ((BwrapSandbox) sb).limits());
        }
        assumeTrue(((BwrapSandbox) sb).sessionMemoryCapped(), "no session cgroup here: " + ((BwrapSandbox) sb).limits());
        // each holds 160 MiB, well under RLIMIT_AS (2 GiB); together 640 MiB, over the 384 MiB session cap
        ExecResult r = run("for i in 1 2 3 4; do perl -e '$x = \"a\" x (160*1024*1024); sleep 3; print \"ok\\n\"' & done;"
                + " wait", Duration.ofSeconds(60));
        long ok = r.stdout().lines().filter("ok"::equals).count();
        assertTrue(ok < 4, "all four got their memory: " + r);
        assertTrue(((BwrapSandbox) sb).limits().contains("memory"), ((BwrapSandbox) sb).limits());
    }

    @Test
    void theKeyringCallsAreRefused() {
        // keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING): an id without the filter; add_key and
        // request_key with null pointers: EFAULT/EINVAL without it
        ExecResult r = run("perl -e 'for my $n (250, 248, 249) { my $r = $n == 250 ? syscall(250, 0, -3, 0)"
                + " : syscall($n, 0, 0, 0, 0, 0); print \"$n=$r $!\\n\" }'");
        for (String call : new String[] {"250", "248", "249"}) {
            assertTrue(r.stdout().contains(call + "=-1 Operation not permitted"), r.stdout() + r.stderr());
        }
        assertTrue(((BwrapSandbox) sb).limits().contains("keyring calls blocked"));
    }

    @Test
    void nothingOfTheSessionIsLeftOnTheHostAfterClose() throws Exception {
        run("d=$(printf 'd%.0s' $(seq 1 200)); for i in $(seq 1 30); do mkdir $d && cd $d || exit 9; done; "
                + "head -c 1M /dev/zero > f; chmod 000 /work/d*; exit 0");
        Path root = ((BwrapSandbox) sb).sessionDir();
        assertTrue(Files.exists(root));
        sb.close();
        assertFalse(Files.exists(root), "session directory left: " + root);
        sb = SandboxFixture.bwrap(fx.snapshot, options());
    }
}
