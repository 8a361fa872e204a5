package org.articlekit.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;

/**
 * A list as its items arrive. Content standing in the list outside any item joins the item before it (where
 * malformed HTML puts a nested list beside its item, it ends up in that item); before the first item it stays
 * in the flow around the list.
 */
final class ListDraft {

    /** One item: its flow and its task-list state. */
    static final class ItemDraft {
        final Flow flow;
        Boolean checked;

        private ItemDraft(Flow flow) {
            this.flow = flow;
        }
    }

    private final boolean ordered;
    private final int start;
    private final Flow parent;
    private final List<ItemDraft> items = new ArrayList<>();
    private boolean spread;

    ListDraft(boolean ordered, int start, Flow parent) {
        this.ordered = ordered;
        this.start = start;
        this.parent = parent;
    }

    Flow parent() {
        return parent;
    }

    /** Where content outside any item goes. */
    Flow target() {
        return items.isEmpty() ? parent : items.get(items.size() - 1).flow;
    }

    /** A new item; {@code loose} when the source item holds paragraphs (a loose list in Markdown terms). */
    ItemDraft newItem(boolean loose) {
        ItemDraft item = new ItemDraft(parent.newFlow());
        items.add(item);
        spread |= loose;
        return item;
    }

    /** The list, or {@code null} when no item shows anything. */
    ListBlock build() {
        List<ListItem> built = new ArrayList<>(items.size());
        boolean anything = false;
        for (ItemDraft item : items) {
            ListItem listItem = new ListItem(item.checked, item.flow.finish());
            anything |= !listItem.children().isEmpty() || listItem.checked() != null;
            built.add(listItem);
        }
        return anything ? new ListBlock(ordered, ordered ? start : 1, spread, built) : null;
    }
}
