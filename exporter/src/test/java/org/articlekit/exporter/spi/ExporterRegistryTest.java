package org.articlekit.exporter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.ExportException;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterProvider;
import org.articlekit.exporter.ExporterRegistry;
import org.junit.jupiter.api.Test;

/** The registry: built-ins found through META-INF/services, names and aliases, and the errors it reports. */
class ExporterRegistryTest {

    /** A provider made in code, as a test or an embedding program would. */
    private record Named(String name, List<String> aliases) implements ExporterProvider {
        @Override
        public String description() {
            return "test format " + name;
        }

        @Override
        public Exporter create(ExportOptions options) {
            return new Exporter() {
                public String name() {
                    return Named.this.name;
                }

                public String extension() {
                    return "x";
                }

                public String mediaType() {
                    return "text/x";
                }

                public void write(Article article, OutputStream out) throws IOException {
                    out.write(article.source().path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            };
        }
    }

    @Test
    void builtInExportersRegisterThroughServiceLoader() throws IOException {
        ExporterRegistry registry = ExporterRegistry.load(getClass().getClassLoader());
        List<String> names = registry.providers().stream().map(ExporterProvider::name).toList();
        assertTrue(names.containsAll(List.of("json", "jsonl", "markdown", "text")), names.toString());
        assertEquals("markdown", registry.require("MD").name());
        assertEquals("text", registry.require("txt").name());
        assertEquals("jsonl", registry.require("jsonl").create(ExportOptions.DEFAULTS).name());

        List<String> listed = Files.readAllLines(Path.of("src", "main", "resources", "META-INF", "services",
                ExporterProvider.class.getName()));
        assertTrue(listed.containsAll(List.of("org.articlekit.exporter.json.JsonExporterProvider",
                "org.articlekit.exporter.json.JsonLinesExporterProvider")), listed.toString());
    }

    @Test
    void eachProvidersExporterAnswersToItsName() {
        for (ExporterProvider provider : ExporterRegistry.load(getClass().getClassLoader()).providers()) {
            Exporter exporter = provider.create(ExportOptions.DEFAULTS);
            assertEquals(provider.name(), exporter.name());
            assertTrue(!exporter.extension().isBlank() && !exporter.extension().startsWith("."), exporter.extension());
            assertTrue(exporter.mediaType().contains("/"), exporter.mediaType());
        }
    }

    @Test
    void unknownNameListsTheKnownFormats() {
        ExporterRegistry registry = ExporterRegistry.of(List.of(new Named("csv", List.of()), new Named("epub",
                List.of())));
        ExportException e = assertThrows(ExportException.class, () -> registry.require("pdf"));
        assertEquals("no exporter is named 'pdf'; known formats: csv, epub", e.getMessage());
        assertTrue(registry.find("pdf").isEmpty());
        assertSame(registry.providers().get(0), registry.find(" CSV ").orElseThrow());
    }

    @Test
    void aliasClashingWithAnotherNameIsAnError() {
        ExportException e = assertThrows(ExportException.class, () -> ExporterRegistry.of(List.of(
                new Named("markdown", List.of("md")), new Named("mdx", List.of("MD")))));
        assertTrue(e.getMessage().startsWith("two exporters are named 'MD': "), e.getMessage());
    }

    @Test
    void nameUsersCannotTypeIsAnError() {
        ExportException e = assertThrows(ExportException.class,
                () -> ExporterRegistry.of(List.of(new Named("my format", List.of()))));
        assertTrue(e.getMessage().contains("invalid name 'my format'"), e.getMessage());
        assertThrows(ExportException.class, () -> ExporterRegistry.of(List.of(new Named("", List.of()))));
    }
}
