package org.articlekit.exporter.internal.text;

/**
 * How the plain-text renderer lays out an article.
 *
 * @param width  the page width in display columns; 0 for no wrapping
 * @param links  where link URLs go
 * @param media  whether images and embeds leave a placeholder
 * @param header whether the title, date and authors open the text
 */
public record TextSettings(int width, LinkStyle links, MediaStyle media, boolean header) {

    /** The narrowest page that still wraps. */
    public static final int MIN_WIDTH = 10;

    /** 80 columns, links listed at the end, placeholders for media, a header. */
    public static final TextSettings DEFAULTS = new TextSettings(80, LinkStyle.END, MediaStyle.PLACEHOLDER, true);

    public TextSettings {
        if (width != 0 && width < MIN_WIDTH) {
            throw new IllegalArgumentException("width must be 0 (no wrapping) or at least " + MIN_WIDTH + ": " + width);
        }
        if (links == null || media == null) {
            throw new IllegalArgumentException("links and media must be given");
        }
    }

    /** Where link (and image) URLs are written. */
    public enum LinkStyle {
        /** A numbered marker after the link text, {@code text[1]}, and a list {@code [1] https://…} at the end. */
        END,
        /** After the link text: {@code text <https://…>}. */
        INLINE,
        /** Nowhere: only the link text. */
        NONE
    }

    /** What images and embedded media become. */
    public enum MediaStyle {
        /** {@code [image: alt]}, {@code [video: title]}. */
        PLACEHOLDER,
        /** Nothing. */
        NONE
    }
}
