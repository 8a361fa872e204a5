package org.articlekit.exporter.markdown;

import java.util.List;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterProvider;

/** {@code --to markdown} (or {@code md}): CommonMark with GFM tables, strikethrough and task lists. */
public final class MarkdownExporterProvider implements ExporterProvider {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public List<String> aliases() {
        return List.of("md");
    }

    @Override
    public String description() {
        return "CommonMark with GFM tables, strikethrough and task lists, front matter as YAML";
    }

    @Override
    public List<String> optionHelp() {
        return MarkdownExporter.OPTION_HELP;
    }

    @Override
    public Exporter create(ExportOptions options) {
        return new MarkdownExporter(options);
    }
}
