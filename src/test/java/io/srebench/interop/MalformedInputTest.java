package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal is one line naming the file and what is wrong. */
class MalformedInputTest {
    @TempDir
    Path dir;

    private String refuse(Path f, String expectedPart) {
        BadInputException e = assertThrows(BadInputException.class, () -> Importers.read(f));
        String m = e.getMessage();
        assertEquals(1, m.lines().count(), m);
        assertTrue(m.startsWith(f.toString()), m);
        assertTrue(m.contains(expectedPart), m);
        assertTrue(!m.contains("internal error"), m);
        return m;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "run.json|[[{\"role\": \"system\", \"content\": \"x\"}|malformed JSON",
        "run.json|[{\"role\": \"wizard\", \"content\": \"x\"}]|not a format srebench reads: a JSON list; closest: stirrup",
        "run.json|[{\"role\": \"wizard\", \"kind\": \"user\", \"content\": \"x\"}, {\"role\": \"user\", \"kind\":"
            + " \"user\"}]|unknown role \"wizard\"",
        "run.json|[{\"content\": \"x\"}]|closest: stirrup (missing: token_usage or blocks",
        "run.json|{\"history\": 5}|closest: stirrup (missing: \"history\" or \"messages\"",
        "run.json|{\"history\": [{\"role\": \"assistant\", \"blocks\": 3}]}|blocks: expected a list",
        "run.json|[5]|not a format srebench reads",
        "trajectory.json|{\"schema_version\": \"ATIF-v1.6\", \"agent\": {\"name\": \"a\"}, \"steps\":"
            + " []}|steps: missing or empty",
        "trajectory.json|{\"schema_version\": \"ATIF-v1.6\", \"steps\": [{\"source\": \"agent\"}]}|agent.name: missing",
        "trajectory.json|{\"schema_version\": \"ATIF-v1.6\", \"agent\": {\"name\": \"a\"}, \"steps\":"
            + " [{\"source\": \"robot\"}]}|steps[0].source",
        "trajectory.json|{\"schema_version\": \"ATIF-v2.0\", \"agent\": {\"name\": \"a\"}, \"steps\":"
            + " [{}]}|schema_version: expected ATIF-v1.x",
        "agent_output.json|{\"entities\": [{\"reasoning\": \"x\"}]}|entities[0]: missing name (or id)",
        "agent_output.json|{\"entities\": {\"name\": \"x\"}, \"propagations\": []}|entities: missing",
        "agent_output.json|[\"not\", \"an object\"]|not a format srebench reads: a JSON list",
        "agent_output.json|{\"entities\": [{\"name\": \"x\"}|malformed JSON",
        "log.json|{\"version\": 2, \"status\": \"success\", \"eval\": {\"model\": \"m\"}, \"samples\":"
            + " [{\"epoch\": 1}]}|id: missing",
        "log.json|{\"version\": 2, \"status\": \"success\", \"eval\": {}, \"samples\": [{\"id\": 1,"
            + " \"messages\": {}}]}|messages: expected a list",
        "log.json|{\"version\": 2, \"status\": \"success\", \"eval\": {}, \"samples\": [{\"id\": 1,"
            + " \"messages\": [{\"role\": \"assistant\", \"content\": \"x\"}]|malformed JSON",
        "log.json|{\"version\": 2, \"status\": \"success\", \"samples\": []}|eval: missing",
        "t.jsonl|{\"type\": \"header\", \"schema\": \"srebench.trajectory/9\", \"run\": {}}|schema: expected",
        "t.jsonl|{\"type\": \"turn\", \"turn\": {\"index\": 1}}|turn line before any header",
        "t.jsonl|{\"type\": \"header\", \"schema\": \"srebench.trajectory/1\"}|run: missing",
        "t.json|{\"schema\": \"srebench.trajectory/1\", \"run\": {\"startedAt\": \"yesterday\"}}|bad Trajectory",
        "notes.txt|hello world|cannot tell the format",
        "odd.json|{\"foo\": 1}|cannot tell the format",
        "odd.json|42|cannot tell the format",
    })
    void refusedWithOneLine(String name, String content, String expected) throws IOException {
        refuse(Fixtures.write(dir.resolve(name), content), expected);
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        refuse(Fixtures.write(dir.resolve("empty.json"), ""), "empty file");
        refuse(dir.resolve("missing.eval"), "no such file");
        Files.createDirectories(dir.resolve("emptydir"));
        refuse(dir.resolve("emptydir"), "no agent_output.json");
    }

    @Test
    void corruptZips() throws IOException {
        byte[] good = new ZipBuilder().add("header.json", InspectFixture.HEADER, ZipBuilder.DEFLATE)
                .add("samples/a_epoch_1.json", InspectFixture.sample("a", 1, "scenario-1", 10), ZipBuilder.ZSTD).bytes();
        refuse(write("trunc.eval", Arrays.copyOf(good, good.length / 2)), "corrupt ZIP");
        byte[] flipped = good.clone();
        flipped[200] ^= 0x5a;
        refuse(write("flip.eval", flipped), "corrupt ZIP");
        refuse(write("notzip.eval", "PK\u0003\u0004 but nothing else".getBytes()), "corrupt ZIP");
        byte[] garbage = new byte[400];
        new java.util.Random(7).nextBytes(garbage);
        byte[] zstdGarbage = new ZipBuilder().add("header.json", InspectFixture.HEADER, ZipBuilder.STORED).bytes();
        refuse(write("zg.eval", withGarbageEntry(garbage)), "zstd");
        refuse(write("nosamples.eval", new ZipBuilder().add("other.txt", "x", ZipBuilder.STORED).bytes()), "not an Inspect log");
        refuse(write("chunked.eval", new ZipBuilder().add("header.json", InspectFixture.HEADER, ZipBuilder.STORED)
                .add("samples/1_epoch_1/sample.json", "{}", ZipBuilder.STORED).bytes()), "chunked");
        refuse(write("badheader.eval", new ZipBuilder().add("header.json", "{\"eval\": ", ZipBuilder.DEFLATE).bytes()),
                "header.json: malformed JSON");
        assertTrue(zstdGarbage.length > 0);
    }

    /** A ZIP whose one entry claims zstd but holds random bytes (with a matching size and CRC in the directory). */
    private static byte[] withGarbageEntry(byte[] garbage) {
        byte[] zip = new ZipBuilder().add("samples/x_epoch_1.json", garbage, ZipBuilder.STORED).bytes();
        // switch the method fields (local header offset 8, central directory offset 10) from 0 to 93
        zip[8] = 93;
        int cd = indexOf(zip, new byte[] {0x50, 0x4b, 0x01, 0x02});
        zip[cd + 10] = 93;
        return zip;
    }

    private static int indexOf(byte[] a, byte[] sig) {
        for (int i = 0; i + sig.length <= a.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(a, i, i + sig.length), sig)) {
                return i;
            }
        }
        throw new IllegalStateException("signature not found");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
