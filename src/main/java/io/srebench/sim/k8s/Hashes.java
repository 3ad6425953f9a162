package io.srebench.sim.k8s;

import java.util.SplittableRandom;

/** Name suffixes as Kubernetes generates them (pod-template-hash, pod suffix, uid), drawn from a seeded RNG. */
public final class Hashes {
    // Kubernetes' SafeEncodeString alphabet: no vowels, no ambiguous characters.
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final String HEX = "0123456789abcdef";

    private Hashes() {
    }

    /** A random string over the Kubernetes name alphabet. */
    public static String suffix(SplittableRandom rng, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A pod-template-hash (9 or 10 characters). */
    public static String templateHash(SplittableRandom rng) {
        return suffix(rng, 9 + rng.nextInt(2));
    }

    /** A UUID-shaped uid. */
    public static String uid(SplittableRandom rng) {
        StringBuilder sb = new StringBuilder(36);
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                sb.append('-');
            }
            sb.append(HEX.charAt(rng.nextInt(16)));
        }
        return sb.toString();
    }

    /** {@code n} random hex characters. */
    public static String hex(SplittableRandom rng, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(HEX.charAt(rng.nextInt(16)));
        }
        return sb.toString();
    }
}
