package org.articlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.LocalFileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The commands' model: their help, word for word, and what every option and parameter declares. */
class CommandModelTest {

    private static final Path BROKEN = Path.of("..", "seeds", "007_broken_front_matter.md");

    @TempDir
    Path work;

    /**
     * The help of each command, byte for byte as picocli printed it when the model was read from annotations
     * (src/test/resources/help/COMMAND.txt; articlekit.txt is the top command's).
     */
    @ParameterizedTest
    @ValueSource(strings = {"articlekit", "convert", "validate", "inspect", "formats", "generate-completion"})
    void helpIsUnchanged(String command) throws IOException {
        Cli.Run run = command.equals("articlekit") ? Cli.in(work).run("--help") : Cli.in(work).run(command, "--help");
        assertEquals(0, run.status(), run.toString());
        assertEquals("", run.err());
        assertEquals(golden("help/" + command + ".txt"), run.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void everyOptionAndParameterIsDescribedAndEveryValueLabelled() {
        List<CommandSpec> commands = new ArrayList<>();
        CommandLine top = Main.commandLine(environment(), null);
        commands.add(top.getCommandSpec());
        top.getSubcommands().values().forEach(sub -> commands.add(sub.getCommandSpec()));
        assertEquals(6, commands.size(), "the top command and five subcommands");
        for (CommandSpec command : commands) {
            assertFalse(String.join("", command.usageMessage().description()).isBlank(), command.name());
            for (ArgSpec arg : command.args()) {
                String name = command.name() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
                assertTrue(arg.description().length > 0 && !String.join("", arg.description()).isBlank(), name);
                if (arg.arity().max() > 0) {
                    assertTrue(arg.paramLabel().matches("[A-Z][A-Z=]*"), name + ": " + arg.paramLabel());
                }
            }
        }
    }

    @Test
    void aRunBuildsOnlyTheSubcommandItNames() {
        assertEquals(List.of("convert"), List.copyOf(Main.commandLine(environment(), "convert").getSubcommands()
                .keySet()));
        assertEquals(List.of("convert", "validate", "inspect", "formats", "generate-completion"),
                List.copyOf(Main.commandLine(environment(), "conver").getSubcommands().keySet()));
    }

    @Test
    void aNegatedOptionBeatsTheConfigFile() throws IOException {
        Path config = Files.writeString(work.resolve("strict.yaml"), "strict: true\n");
        Cli.Run strict = Cli.in(work).run("inspect", "--config", config.toString(), BROKEN.toString());
        assertEquals(1, strict.status(), strict.toString());
        Cli.Run lenient = Cli.in(work).run("inspect", "--config", config.toString(), "--no-strict",
                BROKEN.toString());
        assertEquals(0, lenient.status(), lenient.toString());
    }

    @Test
    void aMissingInputIsAUsageError() {
        for (String command : new String[] {"convert", "validate", "inspect"}) {
            Cli.Run run = Cli.in(work).run(command);
            assertEquals(2, run.status(), run.toString());
            assertTrue(run.err().startsWith("articlekit " + command + ": Missing required parameter: '"),
                    run.err());
        }
    }

    private Environment environment() {
        return new Environment(LocalFileStore.INSTANCE, () -> new ByteArrayInputStream(new byte[0]), false, work,
                work, null);
    }

    private static String golden(String resource) throws IOException {
        try (InputStream in = CommandModelTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
