package org.articlekit.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The proof of extension, run by {@code mvn verify} after this module's jar is packaged: the command line, as
 * built by its own module and never rebuilt here, runs as a separate process; this module's jar added to its
 * class path makes {@code formats} list {@code csv} and {@code convert --to csv} work.
 */
class CliPluginProofTest {

    private static final Path CLI_JAR = Path.of(System.getProperty("cli.jar", "../../cli/target/articlekit-cli.jar"));
    private static final Path EXAMPLE_JAR = Path.of(System.getProperty("example.jar", "target/missing.jar"));
    private static final Path SEED = Path.of(System.getProperty("seeds.dir", "../../seeds"))
            .resolve("001_hexo_yaml_lists_code.md");

    private record Run(int status, String out, String err) {
    }

    private static Run articlekit(boolean withPlugin, String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(CLI_JAR), "build the CLI first (mvn verify from the root): " + CLI_JAR);
        assertTrue(Files.isRegularFile(EXAMPLE_JAR), "package this module first: " + EXAMPLE_JAR);
        String classpath = withPlugin ? CLI_JAR + File.pathSeparator + EXAMPLE_JAR : CLI_JAR.toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classpath, "org.articlekit.cli.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // small outputs: reading one stream fully and then the other cannot fill a pipe and block
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "articlekit did not finish");
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void theCliJarItselfKnowsNothingOfCsv() throws IOException, InterruptedException {
        try (ZipFile jar = new ZipFile(CLI_JAR.toFile())) {
            assertTrue(jar.stream().noneMatch(e -> e.getName().contains("examples/csv")), "CLI jar holds the example");
        }
        Run run = articlekit(false, "formats");
        assertEquals(0, run.status(), run.err());
        assertFalse(run.out().lines().anyMatch(line -> line.trim().startsWith("csv")), run.out());
    }

    @Test
    void withTheExampleJarFormatsListsCsvNextToTheBuiltIns() throws IOException, InterruptedException {
        Run run = articlekit(true, "formats");
        assertEquals(0, run.status(), run.err());
        List<String> names = run.out().lines().map(String::trim).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+")[0]).toList();
        assertTrue(names.containsAll(List.of("json", "jsonl", "markdown", "text", "csv")), run.out());
    }

    @Test
    void withTheExampleJarConvertWritesCsv() throws IOException, InterruptedException {
        Run run = articlekit(true, "convert", SEED.toString(), "--to", "csv");
        assertEquals(0, run.status(), run.err());
        String[] records = run.out().split("\r\n");
        assertEquals(2, records.length, run.out());
        assertEquals(String.join(",", CsvExporter.COLUMNS), records[0]);
        assertTrue(records[1].contains(",\"Notes on a small build tool: lists, code and links\","), records[1]);
        assertTrue(records[1].contains("2019-03-14T09:26:53Z"), records[1]);
    }
}
