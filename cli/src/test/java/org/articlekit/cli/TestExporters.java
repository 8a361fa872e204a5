package org.articlekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterProvider;
import org.articlekit.exporter.ExporterRegistry;

/** Exporters made for tests: one that echoes its options, one that throws on some articles, one that cannot start. */
final class TestExporters {

    private TestExporters() {
    }

    /** The built-in exporters plus the test ones. */
    static ExporterRegistry registry() {
        List<ExporterProvider> all = new ArrayList<>(ExporterRegistry.load(TestExporters.class.getClassLoader())
                .providers());
        all.add(provider("echo", "echo", options -> (article, out) -> write(out, title(article) + "\n"
                + options.asMap() + "\n")));
        ExporterRegistry builtIn = ExporterRegistry.of(List.copyOf(all));
        all.add(provider("boom", "md", options -> {
            Exporter markdown = builtIn.require("markdown").create(options);
            return (article, out) -> {
                if (title(article).contains("BOOM")) {
                    throw new IllegalStateException("exporter bug on purpose");
                }
                markdown.write(article, out);
            };
        }));
        all.add(new ExporterProvider() {
            @Override
            public String name() {
                return "cannot-start";
            }

            @Override
            public String description() {
                return "fails when created";
            }

            @Override
            public Exporter create(ExportOptions options) {
                throw new IllegalStateException("misconfigured on purpose");
            }
        });
        return ExporterRegistry.of(all);
    }

    static String title(Article article) {
        return article.metadata().title() == null ? "" : article.metadata().title();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private interface Body {
        void write(Article article, OutputStream out) throws IOException;
    }

    private interface Factory {
        Body make(ExportOptions options);
    }

    private static ExporterProvider provider(String name, String extension, Factory factory) {
        return new ExporterProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "test exporter " + name;
            }

            @Override
            public Exporter create(ExportOptions options) {
                Body body = factory.make(options);
                return new Exporter() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public String extension() {
                        return extension;
                    }

                    @Override
                    public String mediaType() {
                        return "text/plain; charset=UTF-8";
                    }

                    @Override
                    public void write(Article article, OutputStream out) throws IOException {
                        body.write(article, out);
                    }
                };
            }
        };
    }
}
