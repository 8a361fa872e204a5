package org.articlekit.exporter.markdown.internal;

import java.util.Objects;

/**
 * How the Markdown writer spells what it writes: the turndown-style choices plus wrapping, front matter and embeds.
 * Independent of the exporter SPI so that the writer needs nothing but the core model.
 *
 * @param headingStyle    ATX ({@code ## Title}) or setext (underlined, for levels 1 and 2)
 * @param bullet          the bullet list marker: {@code -}, {@code *} or {@code +}
 * @param emDelimiter     the emphasis delimiter: {@code *} or {@code _}
 * @param strongDelimiter the character doubled for strong emphasis: {@code *} or {@code _}
 * @param fence           the code fence character: {@code `} or {@code ~}
 * @param linkStyle       inline links or numbered references listed at the end
 * @param width           the column at which paragraphs wrap, or 0 for no wrapping
 * @param frontMatter     what the leading YAML block holds
 * @param embedStyle      how embedded media are written
 */
public record MarkdownSettings(HeadingStyle headingStyle, char bullet, char emDelimiter, char strongDelimiter,
        char fence, LinkStyle linkStyle, int width, FrontMatterMode frontMatter, EmbedStyle embedStyle) {

    /** The defaults: ATX headings, {@code -}, {@code *}, {@code **}, backtick fences, inline links, no wrapping. */
    public static final MarkdownSettings DEFAULTS = new MarkdownSettings(HeadingStyle.ATX, '-', '*', '*', '`',
            LinkStyle.INLINED, 0, FrontMatterMode.AS_WRITTEN, EmbedStyle.LINK);

    public MarkdownSettings {
        Objects.requireNonNull(headingStyle, "headingStyle");
        Objects.requireNonNull(linkStyle, "linkStyle");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(embedStyle, "embedStyle");
        if (bullet != '-' && bullet != '*' && bullet != '+') {
            throw new IllegalArgumentException("bullet must be -, * or +");
        }
        if (emDelimiter != '*' && emDelimiter != '_' || strongDelimiter != '*' && strongDelimiter != '_') {
            throw new IllegalArgumentException("emphasis delimiters must be * or _");
        }
        if (fence != '`' && fence != '~') {
            throw new IllegalArgumentException("fence must be ` or ~");
        }
        if (width < 0) {
            throw new IllegalArgumentException("width must not be negative");
        }
    }

    /** Heading syntax. */
    public enum HeadingStyle { ATX, SETEXT }

    /** Link syntax. */
    public enum LinkStyle { INLINED, REFERENCED }

    /** What the front-matter block holds. */
    public enum FrontMatterMode {
        /** The front matter's keys in source order, values as written. */
        AS_WRITTEN,
        /** As written, but dates in ISO 8601 from the typed metadata; title and date added when missing. */
        NORMALIZED,
        /** No front-matter block. */
        NONE
    }

    /** How an embed (iframe, video, audio, object) is written. */
    public enum EmbedStyle {
        /** A paragraph holding a link: {@code [video: title](url)}. */
        LINK,
        /** An HTML block: {@code <iframe src=…>}, {@code <video src=… controls>} … */
        HTML
    }
}
