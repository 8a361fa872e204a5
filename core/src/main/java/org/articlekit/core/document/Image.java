package org.articlekit.core.document;

import java.util.Objects;

/**
 * An image (mdast {@code image}), at the URL a reader sees (a lazy-loading original wins over a placeholder).
 *
 * @param url    the image URL
 * @param alt    the alternative text; empty when none
 * @param title  the advisory title, or {@code null}
 * @param width  the width in pixels, or {@code null}
 * @param height the height in pixels, or {@code null}
 */
public record Image(String url, String alt, String title, Integer width, Integer height) implements Inline {

    public Image {
        Objects.requireNonNull(url, "url");
        alt = alt == null ? "" : alt;
    }

    /** An image with only a URL and alternative text. */
    public static Image of(String url, String alt) {
        return new Image(url, alt, null, null, null);
    }

    @Override
    public String type() {
        return "image";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitImage(this);
    }
}
