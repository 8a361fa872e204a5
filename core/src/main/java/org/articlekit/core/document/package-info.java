/**
 * The document tree of an article body: blocks and inlines close to
 * <a href="https://github.com/syntax-tree/mdast">mdast</a>, as immutable records.
 *
 * <p>{@link org.articlekit.core.document.Block} and {@link org.articlekit.core.document.Inline} are sealed;
 * each has a visitor ({@link org.articlekit.core.document.BlockVisitor},
 * {@link org.articlekit.core.document.InlineVisitor}) so that a new node type does not compile until every
 * exporter handles it. {@link org.articlekit.core.document.Html} is both a block and an inline, as in mdast.
 * The one node beyond mdast is {@link org.articlekit.core.document.Embed}.
 */
package org.articlekit.core.document;
