package org.articlekit.core.document;

import java.util.Objects;

/**
 * Raw HTML kept as it was (mdast {@code html}): a block or an inline. The parser produces it only when
 * asked to keep HTML it cannot express otherwise; it is never used for scripts or event handlers.
 *
 * @param value the HTML source
 */
public record Html(String value) implements Block, Inline {

    public Html {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
        return "html";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitHtml(this);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitHtml(this);
    }
}
