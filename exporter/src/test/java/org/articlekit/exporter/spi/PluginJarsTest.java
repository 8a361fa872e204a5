package org.articlekit.exporter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
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
import org.articlekit.core.ExportException;
import org.articlekit.core.Source;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.ExporterProvider;
import org.articlekit.exporter.ExporterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plug-ins as users ship them: jars, compiled here from source, holding a provider and its
 * {@code META-INF/services} entry, loaded by a class loader of their own (as the command line's plugin folder
 * does). The classes exist only in those jars, so the test sees exactly what a real installation sees.
 */
class PluginJarsTest {

    @TempDir
    Path dir;

    @Test
    void aPluginJarAddsAFormat() throws Exception {
        Path jar = pluginJar("first", "csv", "path,title");
        try (URLClassLoader loader = loaderOf(jar)) {
            ExporterRegistry registry = ExporterRegistry.load(loader);
            ExporterProvider csv = registry.require("csv");
            assertTrue(ExporterRegistry.origin(csv).contains("first.jar"), ExporterRegistry.origin(csv));
            assertTrue(registry.find("json").isPresent(), "built-ins still there");
            String out = csv.create(ExportOptions.DEFAULTS).render(new Article(Source.of("a.md"),
                    org.articlekit.core.Metadata.EMPTY, org.articlekit.core.document.Document.EMPTY, "", List.of()));
            assertEquals("path,title\na.md\n", out);
        }
    }

    @Test
    void twoJarsWithOneFormatNameIsAnErrorNamingBothJars() throws Exception {
        Path first = pluginJar("first", "csv", "a");
        Path second = pluginJar("second", "csv", "b");
        try (URLClassLoader loader = loaderOf(first, second)) {
            ExportException e = assertThrows(ExportException.class, () -> ExporterRegistry.load(loader));
            assertTrue(e.getMessage().startsWith("two exporters are named 'csv': "), e.getMessage());
            assertTrue(e.getMessage().contains("plugin.first.Provider (" + first + ")"), e.getMessage());
            assertTrue(e.getMessage().contains("plugin.second.Provider (" + second + ")"), e.getMessage());
        }
    }

    @Test
    void aPluginNamedLikeABuiltInIsAnErrorNamingBothJars() throws Exception {
        Path jar = pluginJar("shadow", "json", "x");
        try (URLClassLoader loader = loaderOf(jar)) {
            ExportException e = assertThrows(ExportException.class, () -> ExporterRegistry.load(loader));
            assertTrue(e.getMessage().contains("org.articlekit.exporter.json.JsonExporterProvider ("),
                    e.getMessage());
            assertTrue(e.getMessage().contains("shadow.jar"), e.getMessage());
        }
    }

    @Test
    void aListedClassThatIsMissingIsAnExportException() throws Exception {
        Path jar = dir.resolve("broken.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/" + ExporterProvider.class.getName()));
            out.write("plugin.Missing\n".getBytes(StandardCharsets.UTF_8));
        }
        try (URLClassLoader loader = loaderOf(jar)) {
            ExportException e = assertThrows(ExportException.class, () -> ExporterRegistry.load(loader));
            assertTrue(e.getMessage().contains("plugin.Missing"), e.getMessage());
        }
    }

    private URLClassLoader loaderOf(Path... jars) throws IOException {
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            urls[i] = jars[i].toUri().toURL();
        }
        return new URLClassLoader(urls, getClass().getClassLoader());
    }

    /** Compiles a provider named {@code format} in package {@code plugin.<id>} and jars it with its services file. */
    private Path pluginJar(String id, String format, String header) throws IOException, URISyntaxException {
        Path src = dir.resolve(id + "-src/plugin/" + id + "/Provider.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package plugin.%1$s;

                import java.io.OutputStream;
                import java.nio.charset.StandardCharsets;
                import org.articlekit.core.Article;
                import org.articlekit.exporter.ExportOptions;
                import org.articlekit.exporter.Exporter;
                import org.articlekit.exporter.ExporterProvider;

                public final class Provider implements ExporterProvider {
                    public String name() { return "%2$s"; }
                    public String description() { return "test plug-in %1$s"; }
                    public Exporter create(ExportOptions options) {
                        return new Exporter() {
                            public String name() { return "%2$s"; }
                            public String extension() { return "%2$s"; }
                            public String mediaType() { return "text/plain"; }
                            public void write(Article a, OutputStream out) throws java.io.IOException {
                                out.write(("%3$s\\n" + a.source().path() + "\\n").getBytes(StandardCharsets.UTF_8));
                            }
                        };
                    }
                }
                """.formatted(id, format, header));
        Path classes = dir.resolve(id + "-classes");
        Files.createDirectories(classes);
        String classpath = location(ExporterProvider.class) + java.io.File.pathSeparator + location(Article.class);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, src.toString());
        assertEquals(0, status, "compiling the test plug-in");

        Path jar = dir.resolve(id + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + ExporterProvider.class.getName()));
            out.write(("plugin." + id + ".Provider\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
