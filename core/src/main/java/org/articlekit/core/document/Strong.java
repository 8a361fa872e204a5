package org.articlekit.core.document;

import java.util.List;

/**
 * Important text, usually bold (mdast {@code strong}).
 *
 * @param children the content, in order
 */
public record Strong(List<Inline> children) implements Inline {

    public Strong {
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "strong";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitStrong(this);
    }
}
