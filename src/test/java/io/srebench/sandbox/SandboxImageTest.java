package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps sandbox-image/ coherent with tools.txt: the README's table maps every listed tool (and no other) to a
 * Debian package, and each of those packages is in the Dockerfile's apt-get install list.
 */
class SandboxImageTest {
    private static final Path IMAGE = Path.of("sandbox-image");
    /** A README table row: tools (comma- or space-separated) | package (first word of the cell). */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|\\s*([a-z0-9][a-z0-9.+-]*)[^|]*\\|\\s*$");
    private static final Pattern INSTALL = Pattern.compile("apt-get install[^\\n]*?((?:\\\\\\n|[^\\n])*)");

    @Test
    void everyListedToolMapsToAPackageTheDockerfileInstalls() throws IOException {
        Map<String, String> mapping = readmeMapping();
        Set<String> packages = dockerfilePackages();
        Set<String> tools = new LinkedHashSet<>(ToolSet.names());
        for (String tool : tools) {
            String pkg = mapping.get(tool);
            assertTrue(pkg != null, "sandbox-image/README.md maps no package to " + tool);
            assertTrue(packages.contains(pkg), "the Dockerfile does not install " + pkg + " (for " + tool + "): " + packages);
        }
        assertEquals(new TreeSet<>(tools), new TreeSet<>(mapping.keySet()),
                "the README table lists exactly the tools of tools.txt");
    }

    @Test
    void theDockerfileCopiesAndChecksTheList() throws IOException {
        String docker = Files.readString(IMAGE.resolve("Dockerfile"), StandardCharsets.UTF_8);
        assertTrue(docker.contains("COPY tools.txt /etc/srebench/tools.txt"));
        assertTrue(docker.contains("command -v") && docker.contains("/etc/srebench/tools.txt"),
                "the build fails when a listed tool is missing");
        String readme = Files.readString(IMAGE.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("cp src/main/resources/io/srebench/sandbox/tools.txt sandbox-image/"),
                "the README's build command puts tools.txt where COPY expects it");
    }

    @Test
    void theBaseIsPinnedByDigestAndTheReleaseWorkflowPublishesTheImage() throws IOException {
        String docker = Files.readString(IMAGE.resolve("Dockerfile"), StandardCharsets.UTF_8);
        assertTrue(Pattern.compile("(?m)^FROM debian:[a-z0-9.-]+@sha256:[0-9a-f]{64}$").matcher(docker).find(),
                "the base image is pinned by digest");
        String release = Files.readString(Path.of(".github/workflows/package.yml"), StandardCharsets.UTF_8);
        assertTrue(release.contains("cp src/main/resources/io/srebench/sandbox/tools.txt sandbox-image/"),
                "the release build copies tools.txt where COPY expects it");
        assertTrue(release.contains("context: sandbox-image") && release.contains("push: true")
                && release.contains("ghcr.io/"), "the release workflow builds and pushes sandbox-image");
        assertTrue(Pattern.compile("docker/build-push-action@[0-9a-f]{40} ").matcher(release).find(),
                "actions pinned by commit");
    }

    @Test
    void theKubernetesExecutorUsesOnlyListedTools() {
        // the in-pod exec wrapper and the snapshot upload (KubernetesSandbox, SandboxPods) run these in the image
        assertTrue(ToolSet.names().containsAll(List.of("timeout", "env", "find", "head", "tar", "sleep", "sh", "bash",
                "touch", "mkdir")), ToolSet.names().toString());
    }

    @Test
    void theParsersSeeTheDockerfilePackages() throws IOException {
        // guards the test itself: a parser that found nothing would make the checks above vacuous
        Set<String> packages = dockerfilePackages();
        assertTrue(packages.containsAll(List.of("bash", "coreutils", "jq", "util-linux")), packages.toString());
        assertTrue(readmeMapping().size() >= 60);
    }

    private static Map<String, String> readmeMapping() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(IMAGE.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher r = ROW.matcher(line);
            if (!r.matches() || r.group(1).startsWith("---") || r.group(1).startsWith("tools.txt")) {
                continue;
            }
            for (String tool : r.group(1).split("[,\\s]+")) {
                String previous = m.put(tool, r.group(2));
                assertTrue(previous == null, "README maps " + tool + " twice");
            }
        }
        return m;
    }

    private static Set<String> dockerfilePackages() throws IOException {
        String docker = Files.readString(IMAGE.resolve("Dockerfile"), StandardCharsets.UTF_8);
        Matcher m = INSTALL.matcher(docker);
        assertTrue(m.find(), "no apt-get install in the Dockerfile");
        Set<String> packages = new LinkedHashSet<>();
        for (String word : m.group(1).replace("\\\n", " ").split("\\s+")) {
            if (word.startsWith("&&")) {
                break;
            }
            if (!word.isEmpty() && !word.startsWith("-") && !word.equals("\\")) {
                packages.add(word);
            }
        }
        return packages;
    }
}
