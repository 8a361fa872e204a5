package org.articlekit.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.articlekit.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A handful of hostile files converted alone through the real command line ({@link Main#commandLine()}), as a user
 * or a checker runs it: each run ends within {@link Conversion#BOUND} with status 0 or 1, prints no stack trace and
 * no exception name, and what it writes is safe.
 */
class CliHostileInputTest {

    /** One of each kind: deep, wide, long, broken front matter, bad bytes, script smuggling, a look-alike. */
    private static final Set<String> CHOSEN = Set.of("deep-div", "deep-mixed", "deep-a", "table-300k-cells",
            "url-5mb-link", "attribute-5mb", "billion-laughs", "front-matter-never-closes-yaml",
            "toml-front-matter-deep-tables", "invalid-utf8", "binary-front-matter-fence", "nul-bytes",
            "link-javascript-tab-entity", "image-lazy-attributes", "iframe-data", "svg-script-in-table",
            "comment-unclosed", "lt-space-pseudo-tag", "front-matter-values");

    /** What a stack trace or an escaped exception looks like on standard error. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w$.]+\\(|Exception\\b|Error:|StackOverflowError|OutOfMemoryError");

    static Stream<Arguments> cases() {
        return Stream.concat(HostileInputs.all().stream(), HostileInputs.markupLookalikes().stream())
                .filter(input -> CHOSEN.contains(input.name()) && input.options().equals(
                        org.articlekit.parser.ParserOptions.DEFAULTS))
                .flatMap(input -> Stream.of("json", "markdown", "text").map(format -> Arguments.of(input, format)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("cases")
    void theCommandLineConvertsAHostileFileSafely(HostileInput input, String format, @TempDir Path work)
            throws IOException {
        Path file = work.resolve("in").resolve(input.path());
        Files.createDirectories(file.getParent());
        Files.write(file, input.bytes().get());
        Path outDir = work.resolve("out");

        StringWriter err = new StringWriter();
        int status = assertTimeoutPreemptively(Conversion.BOUND, () -> {
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            return cli.execute("convert", file.toString(), "--to", format, "-o", outDir.toString());
        }, () -> input + " → " + format + " did not end within " + Conversion.BOUND.toSeconds() + " s");

        assertTrue(status == 0 || status == 1, () -> input + " → " + format + ": status " + status + "\n" + err);
        assertFalse(STACK_TRACE.matcher(err.toString()).find(),
                () -> input + " → " + format + " printed a stack trace or an exception:\n" + err);
        List<Path> outputs;
        try (Stream<Path> walk = Files.walk(outDir.getParent())) {
            outputs = walk.filter(p -> p.startsWith(outDir) && Files.isRegularFile(p)).toList();
        }
        if (status == 0) {
            assertFalse(outputs.isEmpty(), () -> input + " → " + format + ": status 0 but no output\n" + err);
        }
        for (Path output : outputs) {
            SafeOutput.assertSafe(input.name(), format, Files.readString(output, StandardCharsets.UTF_8));
        }
    }
}
