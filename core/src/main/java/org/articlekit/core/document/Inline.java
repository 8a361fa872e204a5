package org.articlekit.core.document;

/** An inline (mdast "phrasing content"): something that flows within a line of text. */
public sealed interface Inline extends Node
        permits Text, Emphasis, Strong, Delete, InlineCode, Link, Image, Break, Html {

    /** Calls the visitor's method for this node type. */
    <R> R accept(InlineVisitor<R> visitor);
}
