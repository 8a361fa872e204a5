package org.articlekit.core.document;

/** A block (mdast "flow content"): something that stands on its own lines. */
public sealed interface Block extends Node
        permits Heading, Paragraph, Blockquote, ListBlock, Code, Table, ThematicBreak, Html, Embed {

    /** Calls the visitor's method for this node type. */
    <R> R accept(BlockVisitor<R> visitor);
}
