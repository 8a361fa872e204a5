package org.articlekit.examples.csv;

import java.util.List;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterProvider;

/**
 * {@code --to csv}: one CSV row of metadata per article. Found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.articlekit.exporter.ExporterProvider}, which names this class.
 */
public final class CsvExporterProvider implements ExporterProvider {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "one CSV row of metadata per article (example plug-in)";
    }

    @Override
    public List<String> optionHelp() {
        return List.of("header: write the header row (default true; false lets rows of a run share one file)",
                "list-separator: what joins authors, categories and tags within a cell (default \"; \")");
    }

    @Override
    public Exporter create(ExportOptions options) {
        return new CsvExporter(options.flag("header", true), options.string("list-separator", "; "));
    }
}
