package org.articlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.articlekit.core.Article;
import org.articlekit.exporter.Exporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exporter in a jar dropped into the plug-in folder is listed and used, with no rebuild. */
class PluginTest {

    private static final String SOURCE = """
            package com.example.shout;

            import java.io.IOException;
            import java.io.OutputStream;
            import java.nio.charset.StandardCharsets;
            import org.articlekit.core.Article;
            import org.articlekit.exporter.ExportOptions;
            import org.articlekit.exporter.Exporter;
            import org.articlekit.exporter.ExporterProvider;

            public final class ShoutProvider implements ExporterProvider {
                public String name() { return "shout"; }
                public String description() { return "the title in capitals"; }
                public java.util.List<String> optionHelp() { return java.util.List.of("bang: how many !"); }
                public Exporter create(ExportOptions options) {
                    int bangs = options.integer("bang", 1, 0);
                    return new Exporter() {
                        public String name() { return "shout"; }
                        public String extension() { return "shout"; }
                        public String mediaType() { return "text/plain"; }
                        public void write(Article a, OutputStream out) throws IOException {
                            String t = a.metadata().title() == null ? "" : a.metadata().title();
                            out.write((t.toUpperCase() + "!".repeat(bangs) + "\\n").getBytes(StandardCharsets.UTF_8));
                        }
                    };
                }
            }
            """;

    @TempDir
    Path work;

    private Path plugins;

    @BeforeEach
    void buildPluginJar() throws IOException, URISyntaxException {
        plugins = Files.createDirectories(work.resolve("plugins"));
        buildJar("shout", "shout.jar");
    }

    private void buildJar(String pkg, String jarName) throws IOException, URISyntaxException {
        Path src = work.resolve("src/com/example/" + pkg + "/ShoutProvider.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE.replace("package com.example.shout;", "package com.example." + pkg + ";"));
        Path classes = Files.createDirectories(work.resolve("classes-" + pkg));
        String classpath = location(Article.class) + java.io.File.pathSeparator + location(Exporter.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, src.toString()));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve(jarName)))) {
            jar.putNextEntry(new JarEntry("META-INF/services/org.articlekit.exporter.ExporterProvider"));
            jar.write(("com.example." + pkg + ".ShoutProvider\n").getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    jar.write(Files.readAllBytes(file));
                }
            }
        }
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void formatsListsThePlugin() {
        Cli.Run run = Cli.in(work).run("formats", "--plugins", plugins.toString());
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("shout") && l.contains("the title in capitals")),
                run.out());
        assertTrue(run.out().contains("-O bang: how many !"), run.out());
        assertTrue(run.out().contains("shout.jar"), run.out());
    }

    @Test
    void convertUsesThePluginWithItsOptions() throws IOException {
        Path file = Articles.write(work, "in/a.md", Articles.article("Quiet title", "x"));
        Cli.Run run = Cli.in(work).run("convert", file.toString(), "--to", "shout", "-O", "bang=3", "--plugins",
                plugins.toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals("QUIET TITLE!!!\n", run.out());
    }

    @Test
    void theDefaultPluginFolderIsInTheHomeFolder() throws IOException {
        Path home = work.resolve("home");
        Files.createDirectories(home.resolve(".articlekit"));
        Files.move(plugins, home.resolve(".articlekit/plugins"));
        Cli.Run run = Cli.in(home).run("formats");
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("shout")), run.out());
    }

    @Test
    void aNameClashIsAUsageErrorNamingBothJars() throws IOException, URISyntaxException {
        buildJar("other", "shout-copy.jar");
        Cli.Run run = Cli.in(work).run("formats", "--plugins", plugins.toString());
        assertEquals(2, run.status(), run.toString());
        assertTrue(run.err().contains("'shout'"), run.err());
        assertTrue(run.err().contains("shout.jar") && run.err().contains("shout-copy.jar"), run.err());
        assertEquals(List.of(), List.of(run.err().lines().filter(l -> l.startsWith("\tat")).toArray()));
    }

}
