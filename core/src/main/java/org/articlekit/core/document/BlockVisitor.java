package org.articlekit.core.document;

/**
 * One method per block type; adding a block type breaks every visitor until it handles the new type.
 *
 * @param <R> what each visit returns ({@link Void} for visitors that only write)
 */
public interface BlockVisitor<R> {
    R visitHeading(Heading heading);

    R visitParagraph(Paragraph paragraph);

    R visitBlockquote(Blockquote blockquote);

    R visitList(ListBlock list);

    R visitCode(Code code);

    R visitTable(Table table);

    R visitThematicBreak(ThematicBreak thematicBreak);

    R visitHtml(Html html);

    R visitEmbed(Embed embed);
}
