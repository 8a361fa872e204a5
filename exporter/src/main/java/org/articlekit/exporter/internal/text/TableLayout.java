package org.articlekit.exporter.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;

/**
 * Lays out a table: a grid aligned by display width, columns separated by {@code " | "} and the header row
 * underlined by a rule, when it fits the page; otherwise one block of {@code header: value} lines per row.
 * Cells are flattened once, in document order, so reference numbers run the same in both layouts.
 */
final class TableLayout {

    /** Wider tables are never drawn as a grid (and spans are cut to this). */
    static final int MAX_GRID_COLUMNS = 1000;
    private static final String SEPARATOR = " | ";

    /** A cell placed on the grid. */
    private record Placed(int row, int column, int colSpan, ParagraphText text, List<String> lines) {
    }

    private final Table table;
    private final InlineFlattener inlines;
    private final LineOutput out;
    private final List<List<Placed>> rows = new ArrayList<>();
    private int columns;

    TableLayout(Table table, InlineFlattener inlines, LineOutput out) {
        this.table = table;
        this.inlines = inlines;
        this.out = out;
    }

    void write() {
        place();
        if (rows.isEmpty()) {
            return;
        }
        int[] widths = columns <= MAX_GRID_COLUMNS ? columnWidths() : null;
        if (widths != null && gridWidth(widths) <= out.restWidth() && out.firstWidth() == out.restWidth()) {
            writeGrid(widths);
        } else {
            writeBlocks();
        }
    }

    /** Puts every cell on its grid position, skipping positions covered by row spans from above. */
    private void place() {
        List<Integer> coveredUntil = new ArrayList<>();     // per column: the first row no longer covered
        int r = 0;
        for (TableRow row : table.children()) {
            List<Placed> placed = new ArrayList<>();
            int column = 0;
            for (TableCell cell : row.children()) {
                while (column < coveredUntil.size() && coveredUntil.get(column) > r) {
                    column++;
                }
                int colSpan = Math.min(cell.colSpan(), MAX_GRID_COLUMNS);
                ParagraphText text = inlines.flatten(cell.children());
                placed.add(new Placed(r, column, colSpan, text, lines(text)));
                for (int c = column; c < column + colSpan; c++) {
                    while (coveredUntil.size() <= c) {
                        coveredUntil.add(0);
                    }
                    coveredUntil.set(c, r + (int) Math.min(cell.rowSpan(), Integer.MAX_VALUE - (long) r));
                }
                column += colSpan;
                if (column > MAX_GRID_COLUMNS) {
                    column = MAX_GRID_COLUMNS + 1;
                }
            }
            columns = Math.max(columns, column);
            rows.add(placed);
            r++;
        }
        columns = Math.max(columns, table.align().size());
        if (rows.stream().allMatch(row -> row.stream().allMatch(p -> p.text().isBlank()))) {
            rows.clear();
        }
    }

    /** The hard-broken lines of a cell, spaces collapsed. */
    private static List<String> lines(ParagraphText text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.text().split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty() || !lines.isEmpty()) {
                lines.add(stripped);
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private int[] columnWidths() {
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, 1);
        for (List<Placed> row : rows) {
            for (Placed cell : row) {
                if (cell.colSpan() == 1 && cell.column() < columns) {
                    widths[cell.column()] = Math.max(widths[cell.column()], widest(cell.lines()));
                }
            }
        }
        for (List<Placed> row : rows) {        // a spanning cell widens the last column it covers, if it must
            for (Placed cell : row) {
                int last = Math.min(columns, cell.column() + cell.colSpan()) - 1;
                if (cell.colSpan() > 1 && last >= cell.column()) {
                    int room = spanWidth(widths, cell.column(), last + 1);
                    widths[last] += Math.max(0, widest(cell.lines()) - room);
                }
            }
        }
        return widths;
    }

    private static int widest(List<String> lines) {
        int widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, DisplayWidth.of(line));
        }
        return widest;
    }

    private static int spanWidth(int[] widths, int from, int to) {
        int width = 0;
        for (int c = from; c < to; c++) {
            width += widths[c];
        }
        return width + SEPARATOR.length() * Math.max(0, to - from - 1);
    }

    private int gridWidth(int[] widths) {
        return spanWidth(widths, 0, columns);
    }

    private void writeGrid(int[] widths) {
        for (int r = 0; r < rows.size(); r++) {
            List<Placed> row = rows.get(r);
            int height = 1;
            for (Placed cell : row) {
                height = Math.max(height, cell.lines().size());
            }
            for (int k = 0; k < height; k++) {
                StringBuilder line = new StringBuilder();
                int column = 0;
                for (Placed cell : row) {
                    if (cell.column() >= columns) {
                        break;
                    }
                    for (; column < cell.column(); column++) {       // positions covered from above
                        pad(line, "", widths[column], Align.NONE);
                        line.append(SEPARATOR);
                    }
                    int to = Math.min(columns, cell.column() + cell.colSpan());
                    String text = k < cell.lines().size() ? cell.lines().get(k) : "";
                    pad(line, text, spanWidth(widths, cell.column(), to), align(cell.column()));
                    column = to;
                    if (column < columns) {
                        line.append(SEPARATOR);
                    }
                }
                out.line(line);
            }
            if (r == 0 && table.headerRow() && rows.size() > 1) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    rule.append(c == 0 ? "" : "-+-").append("-".repeat(widths[c]));
                }
                out.line(rule);
            }
        }
    }

    private Align align(int column) {
        return column < table.align().size() ? table.align().get(column) : Align.NONE;
    }

    private static void pad(StringBuilder line, String text, int width, Align align) {
        int room = Math.max(0, width - DisplayWidth.of(text));
        int before = switch (align) {
            case RIGHT -> room;
            case CENTER -> room / 2;
            default -> 0;
        };
        line.append(" ".repeat(before)).append(text).append(" ".repeat(room - before));
    }

    /** One block per row: {@code header: value} lines, wrapped, continuation lines indented. */
    private void writeBlocks() {
        boolean header = table.headerRow() && rows.size() > 1;
        List<Placed> headers = header ? rows.get(0) : List.of();
        for (int r = header ? 1 : 0; r < rows.size(); r++) {
            if (r > (header ? 1 : 0)) {
                out.blankLine();
            }
            for (Placed cell : rows.get(r)) {
                if (cell.text().isBlank()) {
                    continue;
                }
                ParagraphText line = new ParagraphText();
                ParagraphText label = labelFor(headers, cell.column());
                if (label != null) {
                    line.append(label).append(": ");
                }
                line.append(cell.text());
                out.push("", "  ");
                Paragraphs.write(line, out);
                out.pop();
            }
        }
    }

    private static ParagraphText labelFor(List<Placed> headers, int column) {
        for (Placed cell : headers) {
            if (cell.column() <= column && column < cell.column() + cell.colSpan()) {
                if (cell.text().isBlank()) {
                    return null;
                }
                return new ParagraphText().appendOnOneLine(cell.text());
            }
        }
        return null;
    }
}
