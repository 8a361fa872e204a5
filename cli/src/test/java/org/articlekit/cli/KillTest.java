package org.articlekit.cli;

import static org.articlekit.cli.Articles.article;
import static org.articlekit.cli.Articles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process killed with SIGKILL mid-run: every output present is whole (byte-identical to a clean run's), and
 * a second run completes the tree.
 */
class KillTest {

    private static final int FILES = 1000;

    @TempDir
    Path work;

    private static long count(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        // the running conversion renames its temporary files meanwhile: a walk that meets one vanishing is retried
        while (true) {
            try (Stream<Path> files = Files.walk(out)) {
                return files.filter(Files::isRegularFile).count();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException)) {
                    throw e;
                }
            }
        }
    }

    @Test
    void aKilledRunLeavesOnlyWholeOutputsAndTheNextRunCompletesIt() throws Exception {
        Path in = work.resolve("in");
        for (int i = 0; i < FILES; i++) {
            write(in, String.format("f%02d/post %04d.md", i % 20, i), article("Post " + i,
                    "words ".repeat(200 + i % 400)));
        }
        Path out = work.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.articlekit.cli.Main", "convert", in.toString(), "--to", "md", "-o", out.toString(), "-j", "2")
                .redirectErrorStream(true).redirectOutput(work.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (process.isAlive() && count(out) < FILES / 10 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        long written = count(out);

        Path reference = work.resolve("reference");
        Cli.Run clean = Cli.in(work).run("convert", in.toString(), "--to", "md", "-o", reference.toString());
        assertEquals(0, clean.status(), clean.toString());
        Map<String, String> expected = Articles.hashes(reference);

        Map<String, String> left = Articles.hashes(out);
        for (Map.Entry<String, String> entry : left.entrySet()) {
            String name = entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1);
            if (name.contains(".articlekit-tmp-")) {
                continue; // a temporary file of the killed run: hidden, and removed by the next run
            }
            assertEquals(expected.get(entry.getKey()), entry.getValue(), entry.getKey() + " is not whole");
        }

        Cli.Run resumed = Cli.in(work).run("convert", in.toString(), "--to", "md", "-o", out.toString());
        assertEquals(0, resumed.status(), resumed.toString());
        assertEquals(expected, Articles.hashes(out), "the second run completes the tree, nothing stray");
        assertTrue(written > 0, "the killed run wrote something: " + Files.readString(work.resolve("log.txt")));
        String summary = resumed.err().lines().findFirst().orElse("");
        List<String> parts = List.of(summary.split("[ ,]+"));
        int converted = Integer.parseInt(parts.get(1));
        int skipped = Integer.parseInt(parts.get(3));
        assertEquals(FILES, converted + skipped, summary);
        assertTrue(skipped > 0, "outputs of the killed run are reused: " + summary);
    }
}
