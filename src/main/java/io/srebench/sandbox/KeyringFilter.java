package io.srebench.sandbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * A seccomp-bpf program (classic BPF, as {@code bwrap --seccomp FD} loads it) that makes the kernel keyring
 * calls {@code add_key}, {@code request_key} and {@code keyctl} fail with EPERM. Without it a sandboxed
 * command shares the session keyring of whoever started srebench (pam_keyinit in a login session) and can
 * read, plant and unlink its keys: keyrings are not namespaced by bwrap.
 *
 * <p>x86-64 and aarch64 are supported: on x86-64 the x32 ABI and 32-bit (i386) calls are refused as a whole,
 * since their numbers differ. {@link #program()} is null on other architectures; the sandbox then reports the
 * keyring as not blocked.
 */
final class KeyringFilter {
    private static final int AUDIT_ARCH_X86_64 = 0xc000003e;
    private static final int AUDIT_ARCH_AARCH64 = 0xc00000b7;
    private static final int X32_SYSCALL_BIT = 0x40000000;
    private static final int RET_ALLOW = 0x7fff0000;
    private static final int RET_ERRNO_EPERM = 0x00050000 | 1;
    private static final short LD_W_ABS = 0x20;
    private static final short JEQ_K = 0x15;
    private static final short JGE_K = 0x35;
    private static final short RET_K = 0x06;

    private KeyringFilter() {
    }

    /** The program for this JVM's architecture, or null when unsupported. */
    static byte[] program() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            return program(AUDIT_ARCH_X86_64, 248, 249, 250, true);
        }
        if (arch.equals("aarch64")) {
            return program(AUDIT_ARCH_AARCH64, 217, 218, 219, false);
        }
        return null;
    }

    /**
     * Program layout (offsets into seccomp_data: nr at 0, arch at 4):
     * <pre>
     * 0: ld arch;  1: jeq ARCH ? 2 : DENY;  2: ld nr;  3: jge X32 ? DENY : 4 (x86-64 only, else a no-op jump)
     * 4: jeq add_key ? DENY;  5: jeq request_key ? DENY;  6: jeq keyctl ? DENY;  7: ret ALLOW;  8: DENY: ret EPERM
     * </pre>
     */
    static byte[] program(int auditArch, int addKey, int requestKey, int keyctl, boolean x32) {
        ByteBuffer b = ByteBuffer.allocate(9 * 8).order(ByteOrder.nativeOrder());
        insn(b, LD_W_ABS, 0, 0, 4);
        insn(b, JEQ_K, 0, 6, auditArch);
        insn(b, LD_W_ABS, 0, 0, 0);
        insn(b, JGE_K, x32 ? 4 : 0, 0, x32 ? X32_SYSCALL_BIT : 0xffffffff);
        insn(b, JEQ_K, 3, 0, addKey);
        insn(b, JEQ_K, 2, 0, requestKey);
        insn(b, JEQ_K, 1, 0, keyctl);
        insn(b, RET_K, 0, 0, RET_ALLOW);
        insn(b, RET_K, 0, 0, RET_ERRNO_EPERM);
        return b.array();
    }

    private static void insn(ByteBuffer b, short code, int jt, int jf, int k) {
        b.putShort(code).put((byte) jt).put((byte) jf).putInt(k);
    }
}
