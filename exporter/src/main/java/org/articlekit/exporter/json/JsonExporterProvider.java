package org.articlekit.exporter.json;

import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterProvider;

/** {@code --to json}: one pretty-printed JSON object per article. */
public final class JsonExporterProvider implements ExporterProvider {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "one JSON object per article: metadata, front matter, mdast content, excerpt, stats, diagnostics";
    }

    @Override
    public Exporter create(ExportOptions options) {
        return JsonExporter.pretty();
    }
}
