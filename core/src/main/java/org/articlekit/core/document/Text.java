package org.articlekit.core.document;

import java.util.Objects;

/**
 * Plain text (mdast {@code text}), with whitespace already collapsed as a browser shows it.
 *
 * @param value the text
 */
public record Text(String value) implements Inline {

    public Text {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
        return "text";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitText(this);
    }
}
