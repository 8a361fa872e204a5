package org.articlekit.core.document;

import java.util.Objects;

/**
 * A fragment of code within a line (mdast {@code inlineCode}).
 *
 * @param value the code
 */
public record InlineCode(String value) implements Inline {

    public InlineCode {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
        return "inlineCode";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitInlineCode(this);
    }
}
