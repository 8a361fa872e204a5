package org.articlekit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.exporter.ExportOptions;
import picocli.CommandLine.Option;

/**
 * Exporter options: the common ones by name, any other with {@code -O key=value} (what {@code articlekit formats}
 * lists per format). The config file's {@code export:} mapping and its top-level {@code width}, {@code link-style}
 * and {@code front-matter} give defaults; the command line wins.
 */
public final class ExportOptionsMixin {

    @Option(names = "--width", paramLabel = "N", description = "Wrap at N columns (text, markdown; 0: no wrapping); the exporter option width.")
    Integer width;

    @Option(names = "--link-style", paramLabel = "STYLE",
            description = "How links are written (markdown: inlined or referenced); the exporter option link-style. "
                    + "The text format's own is -O links=end|inline|none.")
    String linkStyle;

    @Option(names = "--front-matter", paramLabel = "MODE",
            description = "How the front matter is written (markdown: as-written, normalized or none); the exporter "
                    + "option front-matter.")
    String frontMatter;

    @Option(names = {"-O", "--export-option"}, paramLabel = "KEY=VALUE",
            description = "Any exporter option (repeatable), e.g. -O heading-style=setext.")
    Map<String, String> options = new LinkedHashMap<>();

    /** The options: the command line first, then the config file. */
    ExportOptions toOptions(ConfigFile file) {
        ExportOptions.Builder b = ExportOptions.builder();
        b.putAll(file.map("export"));
        putIfSet(b, "width", file.string("width"));
        putIfSet(b, "link-style", file.string("link-style"));
        putIfSet(b, "front-matter", file.string("front-matter"));
        b.putAll(options);
        putIfSet(b, "width", width == null ? null : width.toString());
        putIfSet(b, "link-style", linkStyle);
        putIfSet(b, "front-matter", frontMatter);
        return b.build();
    }

    private static void putIfSet(ExportOptions.Builder b, String key, String value) {
        if (value != null) {
            b.put(key, value);
        }
    }
}
