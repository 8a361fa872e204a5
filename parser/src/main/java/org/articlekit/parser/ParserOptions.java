package org.articlekit.parser;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How {@link ArticleParser} reads articles. Immutable; build one with {@link #builder()}.
 *
 * @param zone                the zone in which a date without an offset is read (UTC unless set; never the
 *                            machine's)
 * @param strict              whether a fault in the front matter (syntax, duplicate key, tab, not a mapping, unclosed
 *                            block, a limit) is an error, so that parsing throws, instead of a recovered warning
 * @param baseUrl             the URL relative links and images are resolved against when the front matter
 *                            gives none; {@code null} to leave them relative
 * @param unwrapProxyUrls     whether image URLs behind a known proxy prefix are unwrapped to the original
 * @param keepHtml            whether HTML the tree cannot express is kept as {@code html} nodes instead of
 *                            being reduced to its text
 * @param maxInputBytes       the largest input accepted, in bytes; a larger one is refused with a
 *                            {@link org.articlekit.core.ParseException}
 * @param maxBodyBytes        the largest body (what follows the front matter) accepted, in UTF-8 bytes; a larger
 *                            one is refused with a {@link org.articlekit.core.ParseException}
 * @param maxFrontMatterBytes the largest front-matter block read; a larger one is ignored with a warning (an
 *                            error when strict)
 * @param maxFrontMatterValues the most values a front matter may expand to, aliases counted each time used
 * @param maxYamlAliases      the most YAML aliases to lists and maps a front matter may use
 * @param maxYamlDepth        the deepest nesting of lists and maps accepted in a front matter (YAML, TOML or JSON)
 * @param maxHtmlDepth        the deepest HTML element nesting kept as structure; deeper content is kept flat
 * @param maxUrlLength        the longest URL kept; a longer one is dropped with a warning
 * @param maxTableCells       the most cells one table may have before it is read as paragraphs
 * @param maxAttributeLength  the longest HTML attribute value kept, in characters; a longer one is dropped with a
 *                            warning before the tree is built (a link keeps its text, an image loses that attribute)
 */
public record ParserOptions(
        ZoneId zone,
        boolean strict,
        String baseUrl,
        boolean unwrapProxyUrls,
        boolean keepHtml,
        long maxInputBytes,
        long maxBodyBytes,
        int maxFrontMatterBytes,
        int maxFrontMatterValues,
        int maxYamlAliases,
        int maxYamlDepth,
        int maxHtmlDepth,
        int maxUrlLength,
        int maxTableCells,
        int maxAttributeLength) {

    /** The defaults: UTC, lenient, no base URL, proxies kept, no raw HTML, and the limits documented above. */
    public static final ParserOptions DEFAULTS = builder().build();

    public ParserOptions {
        Objects.requireNonNull(zone, "zone");
        requirePositive(maxInputBytes, "maxInputBytes");
        requirePositive(maxBodyBytes, "maxBodyBytes");
        requirePositive(maxFrontMatterBytes, "maxFrontMatterBytes");
        requirePositive(maxFrontMatterValues, "maxFrontMatterValues");
        requirePositive(maxYamlAliases, "maxYamlAliases");
        requirePositive(maxYamlDepth, "maxYamlDepth");
        requirePositive(maxHtmlDepth, "maxHtmlDepth");
        requirePositive(maxUrlLength, "maxUrlLength");
        requirePositive(maxTableCells, "maxTableCells");
        requirePositive(maxAttributeLength, "maxAttributeLength");
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().zone(zone).strict(strict).baseUrl(baseUrl).unwrapProxyUrls(unwrapProxyUrls)
                .keepHtml(keepHtml).maxInputBytes(maxInputBytes).maxBodyBytes(maxBodyBytes)
                .maxFrontMatterBytes(maxFrontMatterBytes).maxFrontMatterValues(maxFrontMatterValues)
                .maxYamlAliases(maxYamlAliases).maxYamlDepth(maxYamlDepth).maxHtmlDepth(maxHtmlDepth)
                .maxUrlLength(maxUrlLength).maxTableCells(maxTableCells).maxAttributeLength(maxAttributeLength);
    }

    /** Builds {@link ParserOptions}. */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private boolean strict;
        private String baseUrl;
        private boolean unwrapProxyUrls;
        private boolean keepHtml;
        private long maxInputBytes = 64L * 1024 * 1024;
        private long maxBodyBytes = 64L * 1024 * 1024;
        private int maxFrontMatterBytes = 1024 * 1024;
        private int maxFrontMatterValues = 100_000;
        private int maxYamlAliases = 50;
        private int maxYamlDepth = 50;
        private int maxHtmlDepth = 128;
        private int maxUrlLength = 64 * 1024;
        private int maxTableCells = 100_000;
        private int maxAttributeLength = 64 * 1024;

        private Builder() {
        }

        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        public Builder unwrapProxyUrls(boolean value) {
            this.unwrapProxyUrls = value;
            return this;
        }

        public Builder keepHtml(boolean value) {
            this.keepHtml = value;
            return this;
        }

        public Builder maxInputBytes(long value) {
            this.maxInputBytes = value;
            return this;
        }

        public Builder maxBodyBytes(long value) {
            this.maxBodyBytes = value;
            return this;
        }

        public Builder maxFrontMatterValues(int value) {
            this.maxFrontMatterValues = value;
            return this;
        }

        public Builder maxFrontMatterBytes(int value) {
            this.maxFrontMatterBytes = value;
            return this;
        }

        public Builder maxYamlAliases(int value) {
            this.maxYamlAliases = value;
            return this;
        }

        public Builder maxYamlDepth(int value) {
            this.maxYamlDepth = value;
            return this;
        }

        public Builder maxHtmlDepth(int value) {
            this.maxHtmlDepth = value;
            return this;
        }

        public Builder maxUrlLength(int value) {
            this.maxUrlLength = value;
            return this;
        }

        public Builder maxTableCells(int value) {
            this.maxTableCells = value;
            return this;
        }

        public Builder maxAttributeLength(int value) {
            this.maxAttributeLength = value;
            return this;
        }

        public ParserOptions build() {
            return new ParserOptions(zone, strict, baseUrl, unwrapProxyUrls, keepHtml, maxInputBytes, maxBodyBytes,
                    maxFrontMatterBytes, maxFrontMatterValues, maxYamlAliases, maxYamlDepth, maxHtmlDepth, maxUrlLength, maxTableCells,
                    maxAttributeLength);
        }
    }
}
