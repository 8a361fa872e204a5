package org.articlekit.exporter.json;

import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterProvider;

/** {@code --to jsonl}: one compact JSON object per line, a whole run in one file. */
public final class JsonLinesExporterProvider implements ExporterProvider {

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "JSON Lines: one compact JSON object per article per line, a whole archive in one file";
    }

    @Override
    public Exporter create(ExportOptions options) {
        return JsonExporter.lines();
    }
}
