package org.articlekit.core.document;

import java.util.List;

/**
 * A quotation of other blocks (mdast {@code blockquote}).
 *
 * @param children the content, in order
 */
public record Blockquote(List<Block> children) implements Block {

    public Blockquote {
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "blockquote";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitBlockquote(this);
    }
}
