package org.articlekit.core.document;

import java.util.List;

/**
 * A table (GFM {@code table}). Rows are laid out on a grid: a cell spanning several columns or rows
 * says so in {@link TableCell#colSpan()} and {@link TableCell#rowSpan()} and the positions it covers
 * have no cell of their own, as in HTML.
 *
 * @param align     the alignment of each column; its size is the number of columns
 * @param headerRow whether the first row is a header row in the source
 * @param children  the rows, the header row (if any) first
 */
public record Table(List<Align> align, boolean headerRow, List<TableRow> children) implements Block {

    public Table {
        align = List.copyOf(align);
        children = List.copyOf(children);
    }

    /** Whether any cell spans more than one column or row. */
    public boolean hasSpans() {
        return children.stream().flatMap(row -> row.children().stream())
                .anyMatch(cell -> cell.colSpan() > 1 || cell.rowSpan() > 1);
    }

    @Override
    public String type() {
        return "table";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitTable(this);
    }
}
