package io.srebench.task;

import io.srebench.common.BadInputException;

import io.srebench.common.UserDirs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one gate between a snapshot folder and a sandbox: what of a folder an agent may see.
 *
 * <p>Hidden from agents, at any depth: any file or folder whose name contains {@code truth} (ground truths,
 * IBM's {@code ground_truths.json}, backups such as {@code ground_truth.bak}); scenario specifications
 * ({@code scenario.yaml|yml|json}, ITBench's scenario {@code index.json}); any file whose first 8 KiB declare an
 * ITBench {@code kind: GroundTruth} or {@code kind: Scenario} document or the ITBench scenario-index schema; a
 * symlink whose target is hidden; a hard link to a hidden file (same file key). Other symlinks become copies
 * (a link would point outside the mount).
 *
 * <p>{@link #of} returns the folder itself when it holds nothing hidden and no symlink, else an <em>agent
 * view</em>: the visible files hard-linked (copied where links are impossible) into
 * {@code <cache>/<kind>/<name>-<hash>/}. {@code <hash>} covers the folder's real path and each visible file's
 * path, size and modification time, so a changed folder gets a fresh view and an unchanged one reuses the old;
 * a view is published by an atomic rename, so one that exists is complete. Views share bytes with the originals:
 * sandboxes mount them read-only.
 */
public final class AgentView {
    private static final int SNIFF_BYTES = 8192;
    private static final Pattern SPEC_NAME = Pattern.compile("(?i)(scenario\\.(ya?ml|json)|index\\.json)");
    private static final Pattern SPEC_CONTENT = Pattern.compile(
            "(?m)^\\s*\"?kind\"?\\s*:\\s*\"?(GroundTruth|Scenario)\"?\\s*,?\\s*$|schemas/library/index/scenario");

    private AgentView() {
    }

    /** What a sandbox on {@code dir} may mount: {@code dir} itself when clean, else its agent view. */
    public static Path of(Path dir, UserDirs dirs) {
        Path d = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(d)) {
            throw new BadInputException(dir + ": snapshot directory does not exist");
        }
        Listing l = list(d);
        if (l.hidden().isEmpty() && !l.hasSymlinks()) {
            return d;
        }
        String name = d.getFileName() == null ? "root" : d.getFileName().toString().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "_");
        return materialise(d, l.visible(), dirs.cache().resolve("agent-views").resolve(name));
    }

    /** Always builds the agent view of {@code dir} at {@code <viewPrefix>-<hash>}; returns it. */
    public static Path view(Path dir, Path viewPrefix) {
        Path d = dir.toAbsolutePath().normalize();
        return materialise(d, list(d).visible(), viewPrefix);
    }

    /** The files of {@code dir} (relative, sorted) an agent may see. */
    public static List<Path> visibleFiles(Path dir) {
        return list(dir.toAbsolutePath().normalize()).visible();
    }

    /** Whether a file or folder name alone marks it hidden from agents. */
    public static boolean isHiddenName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.contains("truth") || SPEC_NAME.matcher(n).matches();
    }

    private record Listing(List<Path> visible, List<Path> hidden, boolean hasSymlinks) {
    }

    private static Listing list(Path dir) {
        List<Path> candidates = new ArrayList<>();
        List<Path> hidden = new ArrayList<>();
        Set<Object> hiddenKeys = new HashSet<>();
        boolean links = false;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir)).toList()) {
                Path rel = dir.relativize(p);
                boolean symlink = Files.isSymbolicLink(p);
                links |= symlink;
                if (!Files.isRegularFile(p)) {
                    continue; // folders (walked into), dangling links, links to folders (never followed)
                }
                if (hiddenPath(rel) || isHiddenName(p.toRealPath().getFileName().toString()) || declaresSpec(p)) {
                    hidden.add(rel);
                    hiddenKeys.add(Files.readAttributes(p, BasicFileAttributes.class).fileKey());
                } else {
                    candidates.add(rel);
                }
            }
            List<Path> visible = new ArrayList<>();
            for (Path rel : candidates) {
                Object key = Files.readAttributes(dir.resolve(rel), BasicFileAttributes.class).fileKey();
                if (key != null && hiddenKeys.contains(key)) {
                    hidden.add(rel); // a hard link (or symlink) to a hidden file under another name
                } else {
                    visible.add(rel);
                }
            }
            visible.sort(Comparator.comparing(p -> p.toString().replace('\\', '/')));
            return new Listing(visible, hidden, links);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean hiddenPath(Path rel) {
        for (Path part : rel) {
            if (isHiddenName(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresSpec(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return SPEC_CONTENT.matcher(new String(head, StandardCharsets.UTF_8)).find();
    }

    private static Path materialise(Path dir, List<Path> files, Path viewPrefix) {
        Path view = viewPrefix.resolveSibling(viewPrefix.getFileName() + "-" + hash(dir, files)).toAbsolutePath();
        if (Files.isDirectory(view)) {
            return view;
        }
        Path tmp = view.resolveSibling(view.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(tmp);
            for (Path rel : files) {
                Path target = tmp.resolve(rel.toString());
                Files.createDirectories(target.getParent());
                linkOrCopy(dir.resolve(rel), target);
            }
            try {
                Files.move(tmp, view, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, view);
            }
        } catch (FileAlreadyExistsException e) {
            deleteTree(tmp); // another process published the same view first
        } catch (FileSystemException e) {
            deleteTree(tmp);
            if (!Files.isDirectory(view)) {
                throw new UncheckedIOException("cannot build the agent view " + view, e);
            }
        } catch (IOException e) {
            deleteTree(tmp);
            throw new UncheckedIOException("cannot build the agent view " + view, e);
        }
        return view;
    }

    private static String hash(Path dir, List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((dir.toRealPath() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path rel : files) {
                Path f = dir.resolve(rel);
                String line = rel.toString().replace('\\', '/') + "\t" + Files.size(f) + "\t"
                        + Files.getLastModifiedTime(f).toMillis() + "\n";
                md.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void linkOrCopy(Path source, Path target) throws IOException {
        if (Files.isSymbolicLink(source)) {
            // A hard link to a symlink would keep pointing outside the view; copy the bytes instead.
            Files.copy(source, target);
            return;
        }
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + root, e);
        }
    }
}
