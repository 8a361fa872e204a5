package org.articlekit.core.document;

import java.util.List;

/**
 * A row of a {@link Table} (GFM {@code tableRow}).
 *
 * @param children the row's cells
 */
public record TableRow(List<TableCell> children) implements Node {

    public TableRow {
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "tableRow";
    }
}
