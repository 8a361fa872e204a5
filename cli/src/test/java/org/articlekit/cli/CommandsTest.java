package org.articlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version, formats, inspect, validate and completion, driven through {@code execute()}. */
class CommandsTest {

    private static final Path SEED = Path.of("..", "seeds", "000_88a5f9ebf2cb9794.txt");
    private static final Path BROKEN = Path.of("..", "seeds", "007_broken_front_matter.md");

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "inspect", "formats", "generate-completion"})
    void everyCommandHasHelp(String command) {
        Cli.Run run = Cli.in(work).run(command, "--help");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("Usage: articlekit " + command), run.toString());
    }

    @Test
    void topHelpListsCommandsAndExitStatus() {
        Cli.Run run = Cli.in(work).run("--help");
        assertEquals(0, run.status());
        for (String word : new String[] {"convert", "validate", "inspect", "formats", "generate-completion",
                "Exit status", "2  usage error"}) {
            assertTrue(run.out().contains(word), word + "\n" + run);
        }
    }

    @Test
    void convertHelpNamesTheBatchOptions() {
        String help = Cli.in(work).run("convert", "--help").out().replace("[no-]", "");
        for (String option : new String[] {"--to", "--output", "--name-pattern", "--overwrite", "--jobs", "--include",
                "--exclude", "--report", "--config", "--plugins", "--zone", "--strict", "--base-url", "--width",
                "--link-style", "--front-matter", "-O", "--quiet", "--verbose", "--timeout"}) {
            assertTrue(help.contains(option), option + "\n" + help);
        }
        assertTrue(help.contains("${year}/${slug}.${ext}"), "placeholders are shown, not interpolated\n" + help);
        assertFalse(help.contains("null"), help);
    }

    @Test
    void version() {
        Cli.Run run = Cli.in(work).run("--version");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("articlekit "), run.out());
    }

    @Test
    void everySubcommandPrintsTheSameVersion() {
        String version = Cli.in(work).run("--version").out();
        for (String command : new String[] {"convert", "validate", "inspect", "formats"}) {
            Cli.Run run = Cli.in(work).run(command, "-V");
            assertEquals(0, run.status(), run.toString());
            assertEquals(version, run.out(), command);
        }
    }

    @Test
    void formatsListsBuiltInsWithAliases() {
        Cli.Run run = Cli.in(work).run("formats");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("markdown (md)")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("jsonl ")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("json ")), run.out());
    }

    @Test
    void inspectShowsMetadataForAPerson() {
        Cli.Run run = Cli.in(work).run("inspect", SEED.toString());
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("title         在推进青藏高原生态保护和高质量发展上取得新成就"), run.out());
        assertTrue(run.out().contains("date          2021-06-09T05:40:00Z"), run.out());
        assertTrue(run.out().contains("categories    新媒体, ZAKER, source"), run.out());
        assertTrue(run.out().contains("3 images"), run.out());
        assertTrue(run.out().contains("diagnostics   none"), run.out());
    }

    @Test
    void inspectTakesTheZoneOption() throws java.io.IOException {
        Path file = Articles.write(work, "zoneless.md", Articles.article("Zoneless", "date without offset"));
        Cli.Run run = Cli.in(work).run("inspect", "--zone", "Asia/Shanghai", file.toString());
        assertTrue(run.out().contains("date          2021-06-09T13:40:00+08:00"), run.out());
    }

    @Test
    void inspectOfAMissingFileIsOneLine() {
        Cli.Run run = Cli.in(work).run("inspect", work.resolve("nope.md").toString());
        assertEquals(1, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("nope.md") && run.err().contains("no such file"), run.err());
    }

    @Test
    void validateReportsDiagnosticsCompilerStyle() {
        Cli.Run run = Cli.in(work).run("validate", SEED.toString(), BROKEN.toString());
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().lines().allMatch(l -> l.startsWith(BROKEN + ":")), run.out());
        assertTrue(run.out().contains(": warning: "), run.out());
        assertTrue(run.err().startsWith("valid 2, with warnings 1, failed 0"), run.err());
        assertEquals(1, run.err().lines().count(), "diagnostics are not repeated on standard error: " + run.err());
    }

    @Test
    void anInputTheParserRefusesFailsValidation() {
        Cli.Run run = Cli.in(work).run("validate", "--max-input-bytes", "100", SEED.toString(), BROKEN.toString());
        assertEquals(1, run.status(), run.toString());
        assertTrue(run.out().contains(": error: "), run.out());
        assertTrue(run.out().contains(SEED + ": error: "), run.out());
        assertTrue(run.err().contains("failed 2"), run.err());
    }

    @Test
    void theParsersAttributeBodyAndFrontMatterLimitsAreOptionsAndConfigKeys() throws Exception {
        Path page = work.resolve("attr.html");
        java.nio.file.Files.writeString(page, "---\ntags: [a, b, c]\n---\n<p title=\"" + "t".repeat(40) + "\">x</p>\n");

        Cli.Run attribute = Cli.in(work).run("validate", "--max-attribute-length", "20", page.toString());
        assertEquals(0, attribute.status(), attribute.toString());
        assertTrue(attribute.out().contains("warning: ") && attribute.out().contains("maxAttributeLength"),
                attribute.out());
        Cli.Run values = Cli.in(work).run("validate", "--max-front-matter-values", "2", page.toString());
        assertTrue(values.out().contains("warning: ") && values.out().contains("2"), values.toString());
        Cli.Run body = Cli.in(work).run("validate", "--max-body-bytes", "10", page.toString());
        assertEquals(1, body.status(), body.toString());
        assertTrue(body.out().contains(": error: "), body.out());

        java.nio.file.Files.writeString(work.resolve("articlekit.yaml"), "max-attribute-length: 20\n");
        Cli.Run configured = Cli.in(work).run("validate", "--config", work.resolve("articlekit.yaml").toString(),
                page.toString());
        assertTrue(configured.out().contains("maxAttributeLength"), configured.toString());
        assertEquals(2, Cli.in(work).run("validate", "--max-attribute-length", "0", page.toString()).status());
    }

    @Test
    void bashCompletionIsGenerated() {
        Cli.Run run = Cli.in(work).run("generate-completion");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("complete -F"), run.out());
        assertTrue(run.out().contains("--name-pattern"), "completes convert's options");
    }

    @Test
    void anUnknownOptionIsAUsageErrorInTwoLines() {
        Cli.Run run = Cli.in(work).run("convert", "--to", "md", "--frobnicate", SEED.toString());
        assertEquals(2, run.status());
        assertEquals(2, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("--frobnicate"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
