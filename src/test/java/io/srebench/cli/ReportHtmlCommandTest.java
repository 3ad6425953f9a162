package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.ChatMessage;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportHtmlCommandTest {
    /** Any attribute or CSS reference that would make a browser fetch something from the network. */
    private static final Pattern REMOTE = Pattern.compile(
            "(?i)(src|href|srcset|action|poster|data)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?\\s*(https?:)?//|@import");
    private static final String HOSTILE = "<script>alert('pwned')</script><img src=\"https://evil.example/x.png\">";
    private static final String DETAIL = "{\"score\":0.5,\"recall\":0.5,\"precision\":0.5,\"variant\":\"set\",\"rows\":["
            + "{\"index\":0,\"entity\":\"otel-demo/Deployment/cart\",\"outcome\":\"hit\",\"rank\":0,\"rootCause\":\"cart-rc\"},"
            + "{\"index\":1,\"entity\":\"otel-demo/Service/ad\",\"outcome\":\"false_positive\",\"rank\":0}],"
            + "\"missed\":[{\"id\":\"flagd-rc\",\"entity\":\"otel-demo/Deployment/flagd\"}]}";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void fill() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        db = CliRunner.storeIn(dir, s -> {
            long bench = s.createBenchmark("baseline <b>", "{}");
            for (String agent : List.of("topology-walk", "alert-echo", "evil<i>agent")) {
                for (int rep = 1; rep <= 2; rep++) {
                    long id = s.createRun(new NewRun(bench, "scenario-1", agent, null, rep, "{}"));
                    s.appendTurn(id, new TurnRecord(0, now, TrajectoryIO.turnLine(turn(now)), "cat alerts"), 0.25 * rep, 10, 2);
                    s.finishRun(id, RunStatus.DONE, null, "{\"entities\":[\"otel-demo/Deployment/cart\"],"
                            + "\"reasoning\":\"because </p><script>x()</script>\",\"submitted\":true}", now);
                    s.putScore(id, new ScoreRecord("set", agent.startsWith("top") ? 1.0 : 0.5, 0.5, 0.5, DETAIL), true);
                }
            }
            long other = s.createBenchmark("other", "{}");
            long lone = s.createRun(new NewRun(other, "scenario-9", "lonely-agent", null, 1, "{}"));
            s.finishRun(lone, RunStatus.ERRORED, "provider said <no>", null, now);
        });
    }

    private static Turn turn(Instant now) {
        String longOut = "x".repeat(5_000);
        return new Turn(1, now, now, List.of(new ChatMessage.User(ChatMessage.User.NUDGE, "please call a tool <now>")),
                "Looking at <alerts> & events", "",
                List.of(new ToolCallRecord("c1", "shell", "{\"command\":\"cat /snapshot/alerts/*.json | head\"}", true, null),
                    new ToolCallRecord("c2", "shell", "{\"command\":\"cat big.txt\"}", true, null)),
                List.of(new ToolResultRecord("c1", "shell", 0, HOSTILE, "", HOSTILE.length(), 0, false, false, 12, false, null),
                    new ToolResultRecord("c2", "shell", 0, longOut, "", longOut.length(), 0, false, false, 3, false, null)),
                new TokenUsage(1200, 0, 80, 0), 900, 15, 0.25, List.of(), 0, "tool_use");
    }

    private String report(String... extra) throws Exception {
        Path out = dir.resolve("report.html");
        String[] args = new String[2 + extra.length];
        args[0] = "report";
        args[1] = "--html=" + out;
        System.arraycopy(extra, 0, args, 2, extra.length);
        CliRunner r = CliRunner.onDb(db, args);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("wrote " + out), r.out());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void writesOneSelfContainedPageWithTheAgentsChartsMatrixAndRuns() throws Exception {
        String html = report();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String want : List.of("topology-walk", "alert-echo", "evil&lt;i&gt;agent", "lonely-agent", "<svg", "Pareto",
                "class=\"pareto\"", "id=\"run-1\"", "href=\"#run-1\"", "otel-demo/Deployment/flagd", "missed",
                "false positive", "cat /snapshot/alerts/*.json | head", "100.0% ± 0.0%", "provider said &lt;no&gt;")) {
            assertTrue(html.contains(want), "missing " + want);
        }
        Matcher remote = REMOTE.matcher(html);
        assertFalse(remote.find(), () -> "network reference: " + html.substring(Math.max(0, remote.start() - 40),
                Math.min(html.length(), remote.end() + 40)));
        assertFalse(html.contains("xmlns="), "no namespace URLs either");
        assertTrue(html.contains("default-src 'none'"), "a CSP forbids fetching anything");
    }

    @Test
    void toolOutputsAndAllRunTextShowUpAsTextNeverAsMarkup() throws Exception {
        String html = report();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;&lt;img src=&quot;https://evil.example"),
                "the hostile output is shown, escaped");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element at all");
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("evil<i>agent") || html.contains("baseline <b>") || html.contains("</p><script>"));
        assertTrue(html.contains("please call a tool &lt;now&gt;"));
        assertTrue(html.contains("Looking at &lt;alerts&gt; &amp; events"));
    }

    @Test
    void longOutputsAreCutWithANote() throws Exception {
        String html = report();
        assertFalse(html.contains("x".repeat(1_501)));
        assertTrue(html.contains("x".repeat(1_500)));
        assertTrue(html.contains("3,500 more characters not shown (5,000 in all)"), "a note says what was left out");
    }

    @Test
    void benchmarkFilterAndTitle() throws Exception {
        String html = report("--benchmark", "1");
        assertTrue(html.contains("<title>srebench report: baseline &lt;b&gt;</title>"));
        assertFalse(html.contains("lonely-agent"));
        assertFalse(html.contains("scenario-9"));
    }

    @Test
    void anUnwritablePathIsOneLineAndExitTwo() {
        Path bad = dir.resolve("no-such-dir").resolve("r.html");
        CliRunner r = CliRunner.run("report", "--db", db.toString(), "--html", bad.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(bad.toString()), r.err());
        assertFalse(Files.exists(bad));
    }

    @Test
    void htmlAndJsonAreExclusive() {
        CliRunner r = CliRunner.run("report", "--db", db.toString(), "--json", "--html", dir.resolve("r.html").toString());
        assertEquals(2, r.exit());
    }
}
