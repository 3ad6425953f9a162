package io.srebench.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload's tar: its announced size is exact (the pod reads exactly that many bytes), and tar unpacks it read-only. */
class SnapshotTarTest {
    @TempDir
    Path tmp;

    @Test
    void sizeIsExactAndTarUnpacksEveryFileReadOnlyWithLongNames() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        String longName = "k8s/" + "n".repeat(60) + "/" + "pod-".repeat(30) + ".json";
        Files.createDirectories(src.resolve(longName).getParent());
        Files.writeString(src.resolve(longName), "{\"long\":true}\n");
        Files.writeString(src.resolve("alerts.json"), "[]");
        Files.write(src.resolve("empty.log"), new byte[0]);
        Files.write(src.resolve("odd.bin"), new byte[513]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotTar.write(src, out);
        assertEquals(SnapshotTar.size(src), out.size());

        Path dst = Files.createDirectories(tmp.resolve("dst"));
        Process p = new ProcessBuilder("tar", "-x", "-f", "-", "-C", dst.toString()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(out.toByteArray());
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        assertEquals("{\"long\":true}\n", Files.readString(dst.resolve(longName)));
        assertEquals("[]", Files.readString(dst.resolve("alerts.json")));
        assertEquals(513, Files.size(dst.resolve("odd.bin")));
        for (Path f : List.of(dst.resolve("alerts.json"), dst.resolve(longName))) {
            assertFalse(Files.getPosixFilePermissions(f).stream().anyMatch(x -> x.name().contains("WRITE")), f.toString());
        }
    }

    @Test
    void paxRecordLengthCountsItself() {
        byte[] r = SnapshotTar.paxRecord("path", "a".repeat(95));
        String s = new String(r, StandardCharsets.UTF_8);
        assertEquals(Integer.parseInt(s.substring(0, s.indexOf(' '))), r.length);
    }
}
