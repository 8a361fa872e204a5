package org.articlekit.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.Metadata;
import org.articlekit.core.ParseException;
import org.articlekit.core.Source;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.internal.frontmatter.FrontMatterBlock;
import org.articlekit.parser.internal.frontmatter.FrontMatterReader;
import org.articlekit.parser.internal.frontmatter.FrontMatterSplitter;
import org.articlekit.parser.internal.frontmatter.FrontMatterContent;
import org.articlekit.parser.internal.frontmatter.FrontMatterSettings;
import org.articlekit.parser.internal.html.HtmlBodyReader;
import org.articlekit.parser.internal.html.HtmlSettings;
import org.articlekit.parser.internal.metadata.MetadataMapper;
import org.articlekit.parser.internal.text.TextDecoder;

/**
 * Reads an article — front matter plus HTML body — into an {@link Article}. Immutable and thread-safe; the
 * result depends only on the bytes, the path and the options.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.create(ParserOptions.builder().zone(ZoneId.of("Asia/Shanghai")).build());
 * Article article = parser.parse(Files.readAllBytes(file), "posts/hello.md");
 * }</pre>
 *
 * <p>Problems the parser can recover from become {@link Diagnostic}s on the article; an input it cannot read
 * at all throws {@link ParseException}, the only exception it throws on purpose.
 */
public final class ArticleParser {


    private final ParserOptions options;
    // each stage gets a narrow view of the options, so internal packages never depend on this API package
    private final FrontMatterSettings frontMatterSettings;
    private final HtmlSettings htmlSettings;

    private ArticleParser(ParserOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.frontMatterSettings = new FrontMatterSettings(options.maxFrontMatterBytes(), options.maxYamlAliases(),
                options.maxYamlDepth(), options.maxFrontMatterValues(), options.strict());
        this.htmlSettings = new HtmlSettings(options.baseUrl(), options.unwrapProxyUrls(), options.keepHtml(),
                options.maxHtmlDepth(), options.maxUrlLength(), options.maxTableCells(), options.maxAttributeLength());
    }

    /** A parser with the given options. */
    public static ArticleParser create(ParserOptions options) {
        return new ArticleParser(options);
    }

    /** A parser with {@link ParserOptions#DEFAULTS}. */
    public static ArticleParser create() {
        return new ArticleParser(ParserOptions.DEFAULTS);
    }

    /** The options this parser was built with. */
    public ParserOptions options() {
        return options;
    }

    /**
     * Reads one article. Broken front matter is recovered with warnings (line by line where it does not parse),
     * unless the options are strict; a front matter past its limits is ignored with a warning.
     *
     * @param bytes the file's bytes (UTF-8; a BOM is dropped; invalid bytes become U+FFFD with a warning)
     * @param path  the path to report and to take a Jekyll-style date from, {@code /}-separated
     * @throws ParseException when the input or its body is larger than its limit, or, when strict, the front
     *                        matter has a fault; it carries every diagnostic found
     */
    public Article parse(byte[] bytes, String path) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(path, "path");
        Diagnostics diagnostics = new Diagnostics();
        if (bytes.length > options.maxInputBytes()) {
            diagnostics.error("input-too-large", "the input has " + bytes.length + " bytes, more than the limit of "
                    + options.maxInputBytes(), 0, 0);
            throw new ParseException(path, diagnostics.list());
        }
        String text = TextDecoder.decode(bytes, diagnostics);
        FrontMatterBlock block = FrontMatterSplitter.split(text, options.strict(), diagnostics);
        FrontMatterContent frontMatter = FrontMatterReader.read(block, frontMatterSettings, diagnostics);
        if (diagnostics.hasErrors()) {
            // only strict parsing turns front-matter faults into errors
            throw new ParseException(path, diagnostics.list());
        }
        // a char is at most 3 bytes of UTF-8: only a body that could be over the limit is measured
        long bodyBytes = 3L * block.body().length() <= options.maxBodyBytes() ? 0 : utf8Length(block.body());
        if (bodyBytes > options.maxBodyBytes()) {
            diagnostics.error("body-too-large", "the body has " + bodyBytes + " bytes, more than the limit of "
                    + options.maxBodyBytes(), block.bodyLine(), 1);
            throw new ParseException(path, diagnostics.list());
        }
        Metadata metadata = MetadataMapper.map(frontMatter, path, options.zone(), diagnostics);
        HtmlBodyReader.Body body = HtmlBodyReader.readWithExcerpt(block.body(), block.bodyLine(), metadata,
                htmlSettings, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new ParseException(path, diagnostics.list());
        }
        return new Article(new Source(path, block.format()), metadata, body.document(), body.excerpt(),
                diagnostics.list());
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** Reads one article from text that has already been decoded. */
    public Article parse(String text, String path) {
        Objects.requireNonNull(text, "text");
        return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), path);
    }

    /**
     * Reads one article from a file; its path is reported as given.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public Article parse(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString().replace('\\', '/'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
