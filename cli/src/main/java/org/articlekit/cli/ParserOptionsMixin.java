package org.articlekit.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.UsageException;
import org.articlekit.parser.ParserOptions;
import picocli.CommandLine.Option;

/** The parser's options on the command line; each also settable in the config file under the same name. */
public final class ParserOptionsMixin {

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Read dates without an offset in this zone, e.g. Asia/Shanghai (default: UTC).")
    String zone;

    @Option(names = "--strict", negatable = true,
            description = "Broken front matter fails the file instead of being recovered with a warning.")
    Boolean strict;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Resolve relative links and images against URL when the front matter gives none.")
    String baseUrl;

    @Option(names = "--keep-html", negatable = true,
            description = "Keep HTML the document tree cannot express as raw html nodes.")
    Boolean keepHtml;

    @Option(names = "--unwrap-proxies", negatable = true,
            description = "Unwrap image URLs behind known proxy prefixes to the original.")
    Boolean unwrapProxies;

    @Option(names = "--max-input-bytes", paramLabel = "N", description = "Refuse larger inputs.")
    Long maxInputBytes;

    @Option(names = "--max-body-bytes", paramLabel = "N",
            description = "Refuse inputs whose body (after the front matter) is larger, in UTF-8 bytes.")
    Long maxBodyBytes;

    @Option(names = "--max-front-matter-bytes", paramLabel = "N", description = "Refuse a larger front matter.")
    Long maxFrontMatterBytes;

    @Option(names = "--max-front-matter-values", paramLabel = "N",
            description = "Most values a front matter may expand to, aliases counted each time used.")
    Long maxFrontMatterValues;

    @Option(names = "--max-yaml-aliases", paramLabel = "N", description = "Most YAML aliases in a front matter.")
    Long maxYamlAliases;

    @Option(names = "--max-yaml-depth", paramLabel = "N", description = "Deepest YAML nesting.")
    Long maxYamlDepth;

    @Option(names = "--max-html-depth", paramLabel = "N", description = "Deepest HTML nesting kept as structure.")
    Long maxHtmlDepth;

    @Option(names = "--max-url-length", paramLabel = "N", description = "Longest URL kept.")
    Long maxUrlLength;

    @Option(names = "--max-table-cells", paramLabel = "N", description = "Most cells one table may have.")
    Long maxTableCells;

    @Option(names = "--max-attribute-length", paramLabel = "N",
            description = "Longest HTML attribute value kept; a longer one is dropped with a warning.")
    Long maxAttributeLength;

    /** The options: the command line first, then the config file, then the parser's defaults. */
    ParserOptions toOptions(ConfigFile file) {
        ParserOptions.Builder b = ParserOptions.builder();
        String zoneText = zone != null ? zone : file.string("zone");
        if (zoneText != null) {
            try {
                b.zone(ZoneId.of(zoneText.trim()));
            } catch (DateTimeException e) {
                throw new UsageException("--zone: '" + zoneText + "' is not a time zone (try UTC, +08:00 or "
                        + "Asia/Shanghai)");
            }
        }
        apply(strict, file.flag("strict"), b::strict);
        String url = baseUrl != null ? baseUrl : file.string("base-url");
        if (url != null) {
            b.baseUrl(url);
        }
        apply(keepHtml, file.flag("keep-html"), b::keepHtml);
        apply(unwrapProxies, file.flag("unwrap-proxies"), b::unwrapProxyUrls);
        limit("max-input-bytes", maxInputBytes, file, Long.MAX_VALUE, v -> b.maxInputBytes(v));
        limit("max-body-bytes", maxBodyBytes, file, Long.MAX_VALUE, v -> b.maxBodyBytes(v));
        limit("max-front-matter-bytes", maxFrontMatterBytes, file, Integer.MAX_VALUE,
                v -> b.maxFrontMatterBytes((int) v));
        limit("max-front-matter-values", maxFrontMatterValues, file, Integer.MAX_VALUE,
                v -> b.maxFrontMatterValues((int) v));
        limit("max-yaml-aliases", maxYamlAliases, file, Integer.MAX_VALUE, v -> b.maxYamlAliases((int) v));
        limit("max-yaml-depth", maxYamlDepth, file, Integer.MAX_VALUE, v -> b.maxYamlDepth((int) v));
        limit("max-html-depth", maxHtmlDepth, file, Integer.MAX_VALUE, v -> b.maxHtmlDepth((int) v));
        limit("max-url-length", maxUrlLength, file, Integer.MAX_VALUE, v -> b.maxUrlLength((int) v));
        limit("max-table-cells", maxTableCells, file, Integer.MAX_VALUE, v -> b.maxTableCells((int) v));
        limit("max-attribute-length", maxAttributeLength, file, Integer.MAX_VALUE,
                v -> b.maxAttributeLength((int) v));
        return b.build();
    }

    private static void apply(Boolean option, Boolean configured, Consumer<Boolean> setter) {
        Boolean value = option != null ? option : configured;
        if (value != null) {
            setter.accept(value);
        }
    }

    private interface LongSetter {
        void set(long value);
    }

    private static void limit(String name, Long option, ConfigFile file, long max, LongSetter setter) {
        Long value = option != null ? option : file.number(name);
        if (value == null) {
            return;
        }
        if (value < 1 || value > max) {
            throw new UsageException("--" + name + " must be a whole number from 1 to " + max + ": " + value);
        }
        setter.set(value);
    }
}
