package org.articlekit.exporter.markdown.internal;

/**
 * Where inline content is being written, which decides what must be escaped and how breaks are spelled.
 *
 * @param inLink         inside link text or image alternative text: every bracket is escaped
 * @param inTable        inside a pipe-table cell: every pipe is escaped
 * @param breaksAsHtml   a hard break is written {@code <br>} (ATX headings, table cells) instead of {@code \}
 * @param lineStartRules the content starts lines of a paragraph, where {@code #}, {@code >}, {@code -} … mean blocks
 * @param wrap           spaces may become line breaks (the paragraph is wrapped)
 * @param referenced     links are written as numbered references, so every bracket in text is escaped
 */
record InlineContext(boolean inLink, boolean inTable, boolean breaksAsHtml, boolean lineStartRules, boolean wrap,
        boolean referenced) {

    static InlineContext paragraph(boolean wrap, boolean referenced) {
        return new InlineContext(false, false, false, true, wrap, referenced);
    }

    static InlineContext atxHeading(boolean referenced) {
        return new InlineContext(false, false, true, false, false, referenced);
    }

    static InlineContext tableCell(boolean referenced) {
        return new InlineContext(false, true, true, false, false, referenced);
    }

    /** The context of a link's text inside this one. */
    InlineContext insideLink() {
        return new InlineContext(true, inTable, breaksAsHtml, lineStartRules, false, referenced);
    }

    boolean escapeAllBrackets() {
        return inLink || referenced;
    }
}
