package org.articlekit.core.document;

import java.util.List;

/**
 * A paragraph of inline content (mdast {@code paragraph}).
 *
 * @param children the content, in order
 */
public record Paragraph(List<Inline> children) implements Block {

    public Paragraph {
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "paragraph";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }
}
