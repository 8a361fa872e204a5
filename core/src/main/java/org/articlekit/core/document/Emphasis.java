package org.articlekit.core.document;

import java.util.List;

/**
 * Stressed text, usually italic (mdast {@code emphasis}).
 *
 * @param children the content, in order
 */
public record Emphasis(List<Inline> children) implements Inline {

    public Emphasis {
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "emphasis";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitEmphasis(this);
    }
}
