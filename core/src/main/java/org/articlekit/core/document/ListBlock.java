package org.articlekit.core.document;

import java.util.List;

/**
 * An ordered or bullet list (mdast {@code list}); named so as not to clash with {@link java.util.List}.
 *
 * @param ordered  whether items are numbered
 * @param start    the number of the first item (meaningful when ordered; 1 otherwise)
 * @param spread   whether items are separated by blank lines (a "loose" list)
 * @param children the items
 */
public record ListBlock(boolean ordered, int start, boolean spread, List<ListItem> children) implements Block {

    public ListBlock {
        if (start < 0) {
            throw new IllegalArgumentException("list start must not be negative: " + start);
        }
        children = List.copyOf(children);
    }

    /** A tight list. */
    public static ListBlock of(boolean ordered, int start, List<ListItem> items) {
        return new ListBlock(ordered, start, false, items);
    }

    @Override
    public String type() {
        return "list";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitList(this);
    }
}
