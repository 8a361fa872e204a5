package org.articlekit.core.document;

import java.util.List;

/**
 * One item of a {@link ListBlock} (mdast {@code listItem}).
 *
 * @param checked  {@code true} or {@code false} for a task-list item, {@code null} for an ordinary one
 * @param children the item's blocks
 */
public record ListItem(Boolean checked, List<Block> children) implements Node {

    public ListItem {
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "listItem";
    }
}
