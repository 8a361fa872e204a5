package org.articlekit.cli;

import java.util.Map;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.exporter.ExportOptions;

/**
 * Exporter options: the common ones by name, any other with {@code -O key=value} (what {@code articlekit formats}
 * lists per format). The config file's {@code export:} mapping and its top-level {@code width}, {@code link-style}
 * and {@code front-matter} give defaults; the command line wins.
 */
public final class ExportOptionsMixin {

    /** These options, in the order the help lists them. */
    final Args args = new Args();

    private final Arg<Integer> width = args.option(Integer.class, "--width", "N",
            "Wrap at N columns (text, markdown; 0: no wrapping); the exporter option width.");

    private final Arg<String> linkStyle = args.option(String.class, "--link-style", "STYLE",
            "How links are written (markdown: inlined or referenced); the exporter option link-style. "
                    + "The text format's own is -O links=end|inline|none.");

    private final Arg<String> frontMatter = args.option(String.class, "--front-matter", "MODE",
            "How the front matter is written (markdown: as-written, normalized or none); the exporter "
                    + "option front-matter.");

    private final Arg<Map<String, String>> options = args.map("-O, --export-option", "KEY=VALUE",
            "Any exporter option (repeatable), e.g. -O heading-style=setext.");

    /** The options: the command line first, then the config file. */
    ExportOptions toOptions(ConfigFile file) {
        ExportOptions.Builder b = ExportOptions.builder();
        b.putAll(file.map("export"));
        putIfSet(b, "width", file.string("width"));
        putIfSet(b, "link-style", file.string("link-style"));
        putIfSet(b, "front-matter", file.string("front-matter"));
        b.putAll(options.value());
        putIfSet(b, "width", width.value() == null ? null : width.value().toString());
        putIfSet(b, "link-style", linkStyle.value());
        putIfSet(b, "front-matter", frontMatter.value());
        return b.build();
    }

    private static void putIfSet(ExportOptions.Builder b, String key, String value) {
        if (value != null) {
            b.put(key, value);
        }
    }
}
