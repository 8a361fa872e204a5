package org.articlekit.cli;

import static org.articlekit.cli.Articles.article;
import static org.articlekit.cli.Articles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code articlekit convert} driven through {@code execute()}: where outputs go and what is refused. */
class ConvertCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("..", "seeds", "000_88a5f9ebf2cb9794.txt");

    @TempDir
    Path work;

    private Path in() {
        return work.resolve("in");
    }

    @Test
    void aSingleInputGoesToStandardOutputWithNoSummary() {
        Cli.Run run = Cli.in(work).run("convert", SEED.toString(), "--to", "json");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("\"title\": \"在推进青藏高原生态保护和高质量发展上取得新成就\""), run.out());
        assertEquals("", run.err());
    }

    @Test
    void standardInputIsAnInput() {
        Cli.Run run = Cli.in(work).stdin(article("From stdin", "piped body")).run("convert", "-", "--to", "md");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("piped body"), run.out());
    }

    @Test
    void aFolderIsMirroredWithTheFormatsExtension() throws IOException {
        write(in(), "a/b.html", "<p>bee</p>");
        write(in(), "c.md", article("Sea", "sea body"));
        write(in(), "d.png", "not an article");
        Cli.Run run = Cli.in(work).run("convert", in().toString(), "--to", "markdown", "-o", work.resolve("out")
                .toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(List.of("a/b.md", "c.md"), Articles.files(work.resolve("out")));
        assertTrue(Files.readString(work.resolve("out/a/b.md")).contains("bee"));
        assertTrue(run.err().startsWith("converted 2, skipped 0 (up to date), with warnings 0, failed 0"), run.err());
    }

    @Test
    void jsonLinesComeInInputOrderWhateverTheWorkers() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String name = String.format("d%d/p%03d.md", i % 3, i);
            // uneven sizes so that workers finish out of order
            write(in(), name, article("Post " + i, "word ".repeat((i * 7919) % 3000)));
        }
        for (int d = 0; d < 3; d++) {
            for (int i = d; i < 60; i += 3) {
                expected.add(String.format("d%d/p%03d.md", d, i));
            }
        }
        Path file = work.resolve("all.jsonl");
        Cli.Run run = Cli.in(work).run("convert", in().toString(), "--to", "jsonl", "-j", "4", "-o", file.toString());
        assertEquals(0, run.status(), run.toString());
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            paths.add(JSON.readTree(line).path("source").path("path").asText());
        }
        assertEquals(expected, paths);
        Cli.Run toStdout = Cli.in(work).run("convert", in().toString(), "--to", "jsonl", "-j", "3");
        assertEquals(Files.readString(file), toStdout.out());
    }

    @Test
    void severalInputsToStandardOutputNeedAConcatenableFormat() throws IOException {
        write(in(), "a.md", article("A", "a"));
        write(in(), "b.md", article("B", "b"));
        Cli.Run run = Cli.in(work).run("convert", in().toString(), "--to", "md");
        assertEquals(2, run.status(), run.toString());
        assertTrue(run.err().contains("-o DIR"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void usageErrorsExitWithTwoAndOneClearLine() {
        Cli cli = Cli.in(work);
        Cli.Run missingTo = cli.run("convert", SEED.toString());
        assertEquals(2, missingTo.status(), missingTo.toString());
        assertTrue(missingTo.err().contains("--to"), missingTo.err());
        Cli.Run unknown = cli.run("convert", SEED.toString(), "--to", "docx");
        assertEquals(2, unknown.status(), unknown.toString());
        assertTrue(unknown.err().contains("'docx'") && unknown.err().contains("markdown"), unknown.err());
        Cli.Run zone = cli.run("convert", SEED.toString(), "--to", "md", "--zone", "Mars/Olympus");
        assertEquals(2, zone.status(), zone.toString());
        assertTrue(zone.err().contains("Mars/Olympus"), zone.err());
        Cli.Run jobs = cli.run("convert", SEED.toString(), "--to", "md", "-j", "0");
        assertEquals(2, jobs.status(), jobs.toString());
        Cli.Run pattern = cli.run("convert", SEED.toString(), "--to", "md", "-o", work.resolve("o").toString(),
                "--name-pattern", "${title}.${ext}");
        assertEquals(2, pattern.status(), pattern.toString());
        assertTrue(pattern.err().contains("${title}"), pattern.err());
        for (Cli.Run run : List.of(missingTo, unknown, zone, jobs, pattern)) {
            assertFalse(run.err().contains("\tat "), run.err());
            assertTrue(run.err().lines().count() <= 2, run.err());
        }
    }

    @Test
    void anOutputThatWouldReplaceAnInputIsRefused() throws IOException {
        write(in(), "x.html", "<p>from html</p>");
        write(in(), "x.md", article("Kept", "the original markdown"));
        String original = Files.readString(in().resolve("x.md"));
        Cli.Run run = Cli.in(work).run("convert", in().toString(), "--to", "md", "-o", in().toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("x.html") && run.err().contains("would replace an input"), run.err());
        assertEquals(original, Files.readString(in().resolve("x.md")));
    }

    @Test
    void anOutputThatIsALinkToAnInputIsRefused() throws IOException {
        Path input = write(in(), "a.html", "<p>the input</p>");
        write(in(), "b.html", "<p>another</p>");
        String original = Files.readString(input);
        Path out = work.resolve("out");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("a.md"), input.toAbsolutePath());
        Files.createLink(out.resolve("b.md"), in().resolve("b.html"));
        Cli.Run run = Cli.in(work).run("convert", in().toString(), "--to", "md", "-o", out.toString(), "--overwrite");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("a.md would replace an input"), run.err());
        assertTrue(run.err().contains("b.md would replace an input"), run.err());
        assertEquals(original, Files.readString(input));
        assertEquals("<p>another</p>", Files.readString(in().resolve("b.html")));
    }

    @Test
    void anOutputFolderThatLinksOutOfTheOutputIsRefused() throws IOException {
        write(in().resolve("sub"), "a.html", "<p>deep</p>");
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Path out = Files.createDirectories(work.resolve("out"));
        Files.createSymbolicLink(out.resolve("sub"), elsewhere.toAbsolutePath());
        Cli.Run run = Cli.in(work).run("convert", in().toString(), "--to", "md", "-o", out.toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("a symbolic link leads elsewhere"), run.err());
        try (var left = Files.list(elsewhere)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aJsonLinesFileThatIsAnInputIsRefused() throws IOException {
        Path file = write(in(), "a.jsonl", "{}\n");
        Cli.Run run = Cli.in(work).run("convert", file.toString(), "--to", "jsonl", "-o", file.toString());
        assertEquals(2, run.status(), run.toString());
        assertEquals("{}\n", Files.readString(file));
    }

    @Test
    void namePatternLaysOutByMetadataAndCollisionsFollowInputOrder() throws IOException {
        for (int i = 1; i <= 6; i++) {
            write(in(), "p" + i + ".md", article("Same Title", "body number " + i));
        }
        write(in(), "q.md", "---\ntitle: Other\ndate: 2019-02-03\n---\n<p>q</p>");
        Path out = work.resolve("out");
        Cli.Run run = Cli.in(work).run("convert", in().toString(), "--to", "md", "-j", "4", "-o", out.toString(),
                "--name-pattern", "${year}/${slug}.${ext}");
        assertEquals(0, run.status(), run.toString());
        assertEquals(List.of("2019/other.md", "2021/same-title-2.md", "2021/same-title-3.md", "2021/same-title-4.md",
                "2021/same-title-5.md", "2021/same-title-6.md", "2021/same-title.md"), Articles.files(out));
        assertTrue(Files.readString(out.resolve("2021/same-title.md")).contains("body number 1"));
        assertTrue(Files.readString(out.resolve("2021/same-title-4.md")).contains("body number 4"));
    }

    @Test
    void theReportIsJson() throws IOException {
        write(in(), "good.md", article("Good", "fine"));
        write(in(), "bad.md", article("BOOM", "the test exporter throws on this one"));
        Path report = work.resolve("r/report.json");
        Cli.Run run = Cli.in(work).exporters(TestExporters.registry()).run("convert", in().toString(), "--to", "boom",
                "-o", work.resolve("out").toString(), "--report", report.toString());
        assertEquals(1, run.status(), run.toString());
        JsonNode json = JSON.readTree(report.toFile());
        assertEquals(1, json.get("converted").asInt());
        assertEquals(1, json.get("failed").asInt());
        assertEquals(in().resolve("bad.md").toString(), json.get("failures").get(0).get("file").asText());
        assertEquals("exporter-crashed", json.get("failures").get(0).get("code").asText());
        assertTrue(json.get("failures").get(0).get("message").asText().contains("exporter bug on purpose"));
    }

    @Test
    void exporterOptionsComeFromConfigAndCommandLineWhichWins() throws IOException {
        write(in(), "a.md", article("Echo", "e"));
        Files.writeString(work.resolve("articlekit.yaml"),
                "to: echo\nwidth: 60\nlink-style: referenced\nexport:\n  fence: tilde\n  bullet: '*'\n");
        Cli.Run run = Cli.in(work).exporters(TestExporters.registry()).run("convert", in().resolve("a.md").toString(),
                "--width", "72", "-O", "bullet=+", "-O", "extra=yes");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("{bullet=+, extra=yes, fence=tilde, link-style=referenced, width=72}"),
                run.out());
    }

    @Test
    void anExplicitConfigFileIsReadAndItsErrorsAreUsageErrors() throws IOException {
        write(in(), "a.md", article("Conf", "c"));
        Path config = Files.writeString(work.resolve("my.yaml"), "to: jsonl\nexclude: [drafts]\n");
        write(in(), "drafts/skip.md", article("Draft", "d"));
        Cli.Run run = Cli.in(work).run("convert", "--config", config.toString(), in().toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(1, run.out().lines().count(), run.out());
        Files.writeString(config, "to: jsonl\njbos: 3\n");
        Cli.Run bad = Cli.in(work).run("convert", "--config", config.toString(), in().toString());
        assertEquals(2, bad.status(), bad.toString());
        assertTrue(bad.err().contains("my.yaml") && bad.err().contains("'jbos'"), bad.err());
    }

    @Test
    void anUnexpectedFailureIsOneLineUnlessVerbose() {
        Cli cli = Cli.in(work).exporters(TestExporters.registry());
        Cli.Run run = cli.run("convert", SEED.toString(), "--to", "cannot-start");
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains("misconfigured on purpose"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        Cli.Run verbose = cli.run("convert", SEED.toString(), "--to", "cannot-start", "--verbose");
        assertTrue(verbose.err().contains("\tat "), verbose.err());
    }

    @Test
    void oneInputToAFileNamedWithTheFormatsExtension() throws IOException {
        Path file = work.resolve("single/one.md");
        Cli.Run run = Cli.in(work).run("convert", SEED.toString(), "--to", "markdown", "-o", file.toString());
        assertEquals(0, run.status(), run.toString());
        assertTrue(Files.readString(file).contains("启航新征程，赓续新荣光。"));
        assertEquals(List.of("one.md"), Articles.files(work.resolve("single")));
    }

    @Test
    void standardInputIntoAFolderIsNamedStdin() throws IOException {
        Path out = work.resolve("out");
        Cli.Run run = Cli.in(work).stdin(article("Piped", "into a folder")).run("convert", "-", "--to", "json", "-o",
                out.toString() + "/");
        assertEquals(0, run.status(), run.toString());
        assertEquals(List.of("stdin.json"), Articles.files(out));
        assertEquals("-", JSON.readTree(out.resolve("stdin.json").toFile()).path("source").path("path").asText());
    }

    @Test
    void aMissingInputFailsTheRunButNotTheOthers() throws IOException {
        write(in(), "a.md", article("A", "present"));
        Path out = work.resolve("out");
        Cli.Run run = Cli.in(work).run("convert", in().toString(), work.resolve("missing dir").toString(), "--to",
                "md", "-o", out.toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.err().contains(work.resolve("missing dir") + ": error: no such file or folder [input-missing]"),
                run.err());
        assertEquals(List.of("a.md"), Articles.files(out));
    }
}
