package org.articlekit.core.document;

/**
 * One method per inline type; adding an inline type breaks every visitor until it handles the new type.
 *
 * @param <R> what each visit returns ({@link Void} for visitors that only write)
 */
public interface InlineVisitor<R> {
    R visitText(Text text);

    R visitEmphasis(Emphasis emphasis);

    R visitStrong(Strong strong);

    R visitDelete(Delete delete);

    R visitInlineCode(InlineCode inlineCode);

    R visitLink(Link link);

    R visitImage(Image image);

    R visitBreak(Break lineBreak);

    R visitHtml(Html html);
}
