package org.articlekit.core.document;

import java.util.List;

/**
 * Text marked as no longer accurate, struck through (GFM {@code delete}).
 *
 * @param children the content, in order
 */
public record Delete(List<Inline> children) implements Inline {

    public Delete {
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "delete";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitDelete(this);
    }
}
