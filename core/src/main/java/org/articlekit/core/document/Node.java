package org.articlekit.core.document;

import java.util.List;

/** Any node of the document tree. */
public sealed interface Node permits Document, Block, Inline, ListItem, TableRow, TableCell {

    /** The node's mdast type name ({@code paragraph}, {@code listItem} …; {@code embed} for embeds). */
    String type();

    /** The node's children, in order; empty for a leaf. */
    default List<? extends Node> children() {
        return List.of();
    }
}
