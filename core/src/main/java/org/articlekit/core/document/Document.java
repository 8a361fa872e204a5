package org.articlekit.core.document;

import java.util.List;

/**
 * The body of an article: mdast's {@code root}.
 *
 * @param children the blocks, in order
 */
public record Document(List<Block> children) implements Node {

    /** A document with no content. */
    public static final Document EMPTY = new Document(List.of());

    public Document {
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "root";
    }
}
