package org.articlekit.core.document;

import java.util.List;

/**
 * A section heading (mdast {@code heading}).
 *
 * @param depth    1 to 6, as in {@code h1}–{@code h6}
 * @param children the heading's text
 */
public record Heading(int depth, List<Inline> children) implements Block {

    public Heading {
        if (depth < 1 || depth > 6) {
            throw new IllegalArgumentException("heading depth must be 1 to 6: " + depth);
        }
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "heading";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitHeading(this);
    }
}
