package org.articlekit.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.articlekit.cli.internal.Environment;
import org.articlekit.cli.internal.FileStore;
import org.articlekit.cli.internal.LocalFileStore;
import org.articlekit.exporter.ExporterRegistry;

/** Drives the real command line through picocli's {@code execute()}, capturing standard output and error. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- out ---\n" + out + "\n--- err ---\n" + err;
        }
    }

    private Environment env;

    private Cli(Environment env) {
        this.env = env;
    }

    /** No terminal, no stdin, and {@code work} as both working and home folder (no stray config or plug-ins). */
    static Cli in(Path work) {
        return new Cli(new Environment(LocalFileStore.INSTANCE, () -> new ByteArrayInputStream(new byte[0]), false,
                work, work, null));
    }

    Cli store(FileStore store) {
        env = env.withStore(store);
        return this;
    }

    Cli exporters(ExporterRegistry registry) {
        env = env.withExporters(registry);
        return this;
    }

    Cli stdin(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        env = env.withStdin(() -> new ByteArrayInputStream(bytes));
        return this;
    }

    Run run(String... args) {
        var cli = Main.commandLine(env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
