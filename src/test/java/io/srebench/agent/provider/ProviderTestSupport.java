package io.srebench.agent.provider;

import io.srebench.agent.model.EnvLookup;
import io.srebench.agent.model.RetryPolicy;
import io.srebench.agent.model.Sleeper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;

/** Shared pieces of the offline provider tests: the planted key, a recording sleeper, log capture. */
final class ProviderTestSupport {
    static final String KEY_VAR = "SREBENCH_TEST_KEY";
    static final String PLANTED = "sk-test-PLANTED-123";
    static final EnvLookup ENV = name -> KEY_VAR.equals(name) ? PLANTED : null;
    static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

    private ProviderTestSupport() {
    }

    /** Records requested waits instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new ArrayList<>();

        @Override
        public void sleep(Duration d) {
            waits.add(d);
        }
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** Captures java.util.logging records and stdout/stderr while {@code body} runs; returns all captured text. */
    static String captureOutput(ThrowingRunnable body) throws Exception {
        StringBuilder logs = new StringBuilder();
        Handler h = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logs.append(r.getLevel()).append(' ').append(r.getMessage()).append(' ')
                        .append(java.util.Arrays.toString(r.getParameters())).append('\n');
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(h);
        root.setLevel(Level.ALL);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            body.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(h);
            root.setLevel(before);
        }
        return logs + buf.toString(StandardCharsets.UTF_8);
    }

    /** A runnable that may throw. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
