package org.articlekit.core.document;

import java.util.List;

/**
 * A cell of a {@link TableRow} (GFM {@code tableCell}). Cells hold inline content only, as in mdast;
 * several blocks in a source cell are joined with {@link Break}s.
 *
 * @param children the cell's content
 * @param colSpan  how many columns it spans, at least 1
 * @param rowSpan  how many rows it spans, at least 1
 */
public record TableCell(List<Inline> children, int colSpan, int rowSpan) implements Node {

    public TableCell {
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("spans must be at least 1");
        }
        children = List.copyOf(children);
    }

    /** A cell that spans one column and one row. */
    public static TableCell of(List<Inline> children) {
        return new TableCell(children, 1, 1);
    }

    @Override
    public String type() {
        return "tableCell";
    }
}
