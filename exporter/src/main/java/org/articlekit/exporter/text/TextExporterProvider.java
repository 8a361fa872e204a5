package org.articlekit.exporter.text;

import java.util.List;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterProvider;

/** {@code --to text} (or {@code txt}): plain text for terminals, search and NLP. */
public final class TextExporterProvider implements ExporterProvider {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public List<String> aliases() {
        return List.of("txt");
    }

    @Override
    public String description() {
        return "plain text wrapped by display width (CJK-aware, kinsoku), links listed at the end";
    }

    @Override
    public List<String> optionHelp() {
        return TextOptions.HELP;
    }

    @Override
    public Exporter create(ExportOptions options) {
        return new TextExporter(options);
    }
}
