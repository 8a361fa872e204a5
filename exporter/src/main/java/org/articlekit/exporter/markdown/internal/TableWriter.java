package org.articlekit.exporter.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;

/**
 * Writes a table as a GFM pipe table — the first row as header even when the source had none, since a pipe table
 * must have one — or, when cells span rows or columns, as a plain HTML table that says the same.
 */
final class TableWriter {

    private final InlineWriter inlines;
    private final HtmlWriter html;
    private final boolean referenced;

    TableWriter(InlineWriter inlines, HtmlWriter html, boolean referenced) {
        this.inlines = inlines;
        this.html = html;
        this.referenced = referenced;
    }

    void write(Table table, LineOutput out) {
        if (table.children().isEmpty()) {
            return;
        }
        if (table.hasSpans()) {
            writeHtml(table, out);
        } else {
            writePipes(table, out);
        }
    }

    private void writePipes(Table table, LineOutput out) {
        int columns = table.align().size();
        for (TableRow row : table.children()) {
            columns = Math.max(columns, row.children().size());
        }
        if (columns == 0) {
            return;
        }
        InlineContext context = InlineContext.tableCell(referenced);
        boolean first = true;
        for (TableRow row : table.children()) {
            StringBuilder line = new StringBuilder("|");
            for (int c = 0; c < columns; c++) {
                String cell = c < row.children().size()
                        ? inlines.write(row.children().get(c).children(), context).text.toString() : "";
                line.append(' ').append(cell).append(cell.isEmpty() ? "|" : " |");
            }
            out.line(line);
            if (first) {
                out.line(delimiterRow(table.align(), columns));
                first = false;
            }
        }
    }

    private static String delimiterRow(List<Align> align, int columns) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < columns; c++) {
            Align a = c < align.size() ? align.get(c) : Align.NONE;
            line.append(switch (a) {
                case LEFT -> " :--- |";
                case CENTER -> " :---: |";
                case RIGHT -> " ---: |";
                case NONE -> " --- |";
            });
        }
        return line.toString();
    }

    /** An HTML table, one row a line and no blank line inside, so that CommonMark keeps it one HTML block. */
    private void writeHtml(Table table, LineOutput out) {
        out.line("<table>");
        List<boolean[]> taken = new ArrayList<>();
        List<TableRow> rows = table.children();
        for (int r = 0; r < rows.size(); r++) {
            boolean header = table.headerRow() && r == 0;
            if (header) {
                out.line("<thead>");
            } else if (r == (table.headerRow() ? 1 : 0)) {
                out.line("<tbody>");
            }
            StringBuilder line = new StringBuilder("<tr>");
            int column = 0;
            for (TableCell cell : rows.get(r).children()) {
                while (isTaken(taken, r, column)) {
                    column++;
                }
                String tag = header ? "th" : "td";
                line.append('<').append(tag);
                if (cell.colSpan() > 1) {
                    line.append(" colspan=\"").append(cell.colSpan()).append('"');
                }
                if (cell.rowSpan() > 1) {
                    line.append(" rowspan=\"").append(cell.rowSpan()).append('"');
                }
                Align align = column < table.align().size() ? table.align().get(column) : Align.NONE;
                if (align != Align.NONE) {
                    line.append(" align=\"").append(align.mdast()).append('"');
                }
                line.append('>');
                html.inlines(line, cell.children());
                line.append("</").append(tag).append('>');
                for (int dr = 0; dr < cell.rowSpan() && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < Math.min(cell.colSpan(), 1000); dc++) {
                        take(taken, r + dr, column + dc);
                    }
                }
                column += cell.colSpan();
            }
            out.line(line.append("</tr>"));
            if (header) {
                out.line("</thead>");
            }
        }
        if (rows.size() > (table.headerRow() ? 1 : 0)) {
            out.line("</tbody>");
        }
        out.line("</table>");
    }

    private static boolean isTaken(List<boolean[]> taken, int row, int column) {
        return row < taken.size() && column < taken.get(row).length && taken.get(row)[column];
    }

    private static void take(List<boolean[]> taken, int row, int column) {
        while (taken.size() <= row) {
            taken.add(new boolean[0]);
        }
        boolean[] cells = taken.get(row);
        if (column >= cells.length) {
            cells = java.util.Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            taken.set(row, cells);
        }
        cells[column] = true;
    }
}
