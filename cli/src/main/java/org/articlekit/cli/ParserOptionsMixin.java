package org.articlekit.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.articlekit.cli.internal.ConfigFile;
import org.articlekit.cli.internal.UsageException;
import org.articlekit.parser.ParserOptions;

/**
 * The parser's options on the command line; each also settable in the config file under the same name. Shared by
 * {@code convert}, {@code validate} and {@code inspect}.
 */
public final class ParserOptionsMixin {

    /** These options, in the order the help lists them. */
    final Args args = new Args();

    private final Arg<String> zone = args.option(String.class, "--zone", "ZONE",
            "Read dates without an offset in this zone, e.g. Asia/Shanghai (default: UTC).");

    private final Arg<Boolean> strict = args.negatable("--strict",
            "Broken front matter fails the file instead of being recovered with a warning.");

    private final Arg<String> baseUrl = args.option(String.class, "--base-url", "URL",
            "Resolve relative links and images against URL when the front matter gives none.");

    private final Arg<Boolean> keepHtml = args.negatable("--keep-html",
            "Keep HTML the document tree cannot express as raw html nodes.");

    private final Arg<Boolean> unwrapProxies = args.negatable("--unwrap-proxies",
            "Unwrap image URLs behind known proxy prefixes to the original.");

    private final Arg<Long> maxInputBytes = args.option(Long.class, "--max-input-bytes", "N",
            "Refuse larger inputs.");

    private final Arg<Long> maxBodyBytes = args.option(Long.class, "--max-body-bytes", "N",
            "Refuse inputs whose body (after the front matter) is larger, in UTF-8 bytes.");

    private final Arg<Long> maxFrontMatterBytes = args.option(Long.class, "--max-front-matter-bytes", "N",
            "Refuse a larger front matter.");

    private final Arg<Long> maxFrontMatterValues = args.option(Long.class, "--max-front-matter-values", "N",
            "Most values a front matter may expand to, aliases counted each time used.");

    private final Arg<Long> maxYamlAliases = args.option(Long.class, "--max-yaml-aliases", "N",
            "Most YAML aliases in a front matter.");

    private final Arg<Long> maxYamlDepth = args.option(Long.class, "--max-yaml-depth", "N", "Deepest YAML nesting.");

    private final Arg<Long> maxHtmlDepth = args.option(Long.class, "--max-html-depth", "N",
            "Deepest HTML nesting kept as structure.");

    private final Arg<Long> maxUrlLength = args.option(Long.class, "--max-url-length", "N", "Longest URL kept.");

    private final Arg<Long> maxTableCells = args.option(Long.class, "--max-table-cells", "N",
            "Most cells one table may have.");

    private final Arg<Long> maxAttributeLength = args.option(Long.class, "--max-attribute-length", "N",
            "Longest HTML attribute value kept; a longer one is dropped with a warning.");

    /** The options: the command line first, then the config file, then the parser's defaults. */
    ParserOptions toOptions(ConfigFile file) {
        ParserOptions.Builder b = ParserOptions.builder();
        String zoneText = zone.value() != null ? zone.value() : file.string("zone");
        if (zoneText != null) {
            try {
                b.zone(ZoneId.of(zoneText.trim()));
            } catch (DateTimeException e) {
                throw new UsageException("--zone: '" + zoneText + "' is not a time zone (try UTC, +08:00 or "
                        + "Asia/Shanghai)");
            }
        }
        apply(strict.value(), file.flag("strict"), b::strict);
        String url = baseUrl.value() != null ? baseUrl.value() : file.string("base-url");
        if (url != null) {
            b.baseUrl(url);
        }
        apply(keepHtml.value(), file.flag("keep-html"), b::keepHtml);
        apply(unwrapProxies.value(), file.flag("unwrap-proxies"), b::unwrapProxyUrls);
        limit("max-input-bytes", maxInputBytes.value(), file, Long.MAX_VALUE, v -> b.maxInputBytes(v));
        limit("max-body-bytes", maxBodyBytes.value(), file, Long.MAX_VALUE, v -> b.maxBodyBytes(v));
        limit("max-front-matter-bytes", maxFrontMatterBytes.value(), file, Integer.MAX_VALUE,
                v -> b.maxFrontMatterBytes((int) v));
        limit("max-front-matter-values", maxFrontMatterValues.value(), file, Integer.MAX_VALUE,
                v -> b.maxFrontMatterValues((int) v));
        limit("max-yaml-aliases", maxYamlAliases.value(), file, Integer.MAX_VALUE, v -> b.maxYamlAliases((int) v));
        limit("max-yaml-depth", maxYamlDepth.value(), file, Integer.MAX_VALUE, v -> b.maxYamlDepth((int) v));
        limit("max-html-depth", maxHtmlDepth.value(), file, Integer.MAX_VALUE, v -> b.maxHtmlDepth((int) v));
        limit("max-url-length", maxUrlLength.value(), file, Integer.MAX_VALUE, v -> b.maxUrlLength((int) v));
        limit("max-table-cells", maxTableCells.value(), file, Integer.MAX_VALUE, v -> b.maxTableCells((int) v));
        limit("max-attribute-length", maxAttributeLength.value(), file, Integer.MAX_VALUE,
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
