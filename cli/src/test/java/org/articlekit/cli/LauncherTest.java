package org.articlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start through the real launcher, which builds the jar when it is missing or stale. */
class LauncherTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path work;

    private record Result(int status, String out, String err) {
    }

    private Result launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("articlekit").toString());
        command.addAll(List.of(args));
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the launcher did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void quickStart() throws Exception {
        Path out = work.resolve("site");
        Result convert = launch("convert", ROOT.resolve("seeds").toString(), "--to", "markdown", "-o", out.toString());
        assertEquals(0, convert.status(), convert.err());
        List<String> seeds;
        try (Stream<Path> files = Files.list(ROOT.resolve("seeds"))) {
            seeds = files.map(p -> p.getFileName().toString()).map(n -> n.substring(0, n.lastIndexOf('.')) + ".md")
                    .sorted().toList();
        }
        assertEquals(seeds, Articles.files(out));
        assertTrue(convert.err().contains("converted " + seeds.size() + ", skipped 0"), convert.err());
        assertTrue(Files.readString(out.resolve("000_88a5f9ebf2cb9794.md")).contains("启航新征程，赓续新荣光。"));

        Result inspect = launch("inspect", ROOT.resolve("seeds/000_88a5f9ebf2cb9794.txt").toString());
        assertEquals(0, inspect.status(), inspect.err());
        assertTrue(inspect.out().contains("在推进青藏高原生态保护和高质量发展上取得新成就"), inspect.out());
    }
}
