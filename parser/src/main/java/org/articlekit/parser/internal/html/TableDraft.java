package org.articlekit.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;

/**
 * A table as its rows and cells arrive, laid out on a grid when it ends: a spanning cell keeps its spans and the
 * positions it covers get no cell of their own. Rows without content and empty cells at the end of a row are left
 * out (a reader sees nothing of them); a table with no content at all is no table.
 */
final class TableDraft {

    /** A cell as read: its blocks (joined with breaks when the table is built), spans, kind and alignment. */
    record CellDraft(List<Block> blocks, int colSpan, int rowSpan, boolean header, Align align) {
    }

    private record RowDraft(List<CellDraft> cells, boolean inHead) {
    }

    // HTML's own limits for spans
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;

    private final List<RowDraft> rows = new ArrayList<>();
    private final Flow parent;
    private RowDraft current;
    private boolean inHead;
    private int cells;
    private long positions;

    TableDraft(Flow parent) {
        this.parent = parent;
    }

    /** The flow that receives what stands in the table outside any cell. */
    Flow parent() {
        return parent;
    }

    void head(boolean value) {
        inHead = value;
    }

    void startRow() {
        current = new RowDraft(new ArrayList<>(), inHead);
        rows.add(current);
    }

    void endRow() {
        current = null;
    }

    void addCell(CellDraft cell) {
        if (current == null) {
            startRow();
        }
        current.cells.add(cell);
        cells++;
        positions += Math.max(1, Math.min(cell.colSpan, MAX_COLSPAN));
    }

    /** How many grid positions the cells arrived so far take in their rows (column spans counted). */
    long size() {
        return Math.max(cells, positions);
    }

    /** Every block of every cell, in reading order: the table read as paragraphs. */
    List<Block> asBlocks() {
        List<Block> blocks = new ArrayList<>();
        for (RowDraft row : rows) {
            for (CellDraft cell : row.cells) {
                blocks.addAll(cell.blocks);
            }
        }
        return blocks;
    }

    /**
     * The table, or {@code null} when it shows nothing. Media embedded in cells, which hold inlines only, are added
     * to {@code hoisted}, to stand after the table.
     */
    Table build(List<Block> hoisted) {
        List<List<CellDraft>> kept = new ArrayList<>();
        List<Boolean> headRows = new ArrayList<>();
        List<List<List<Inline>>> keptContents = new ArrayList<>();
        for (RowDraft row : rows) {
            List<CellDraft> cellsOfRow = new ArrayList<>(row.cells);
            List<List<Inline>> inlinesOfRow = new ArrayList<>();
            for (CellDraft cell : cellsOfRow) {
                inlinesOfRow.add(BlockFlattener.inlines(cell.blocks, hoisted));
            }
            // trailing empty cells that span one row only: leaving them out moves no other cell
            while (!cellsOfRow.isEmpty() && cellsOfRow.get(cellsOfRow.size() - 1).rowSpan == 1
                    && !Flow.isVisible(inlinesOfRow.get(inlinesOfRow.size() - 1))) {
                cellsOfRow.remove(cellsOfRow.size() - 1);
                inlinesOfRow.remove(inlinesOfRow.size() - 1);
            }
            kept.add(cellsOfRow);
            keptContents.add(inlinesOfRow);
            headRows.add(row.inHead);
        }
        int[][] spans = spans(kept);
        // drop rows left with no cells; a cell spans as many fewer rows as it covered dropped ones
        int[] droppedBefore = new int[kept.size() + 1];
        List<Integer> rowOf = new ArrayList<>();
        for (int r = 0; r < kept.size(); r++) {
            boolean dropped = kept.get(r).isEmpty();
            droppedBefore[r + 1] = droppedBefore[r] + (dropped ? 1 : 0);
            if (!dropped) {
                rowOf.add(r);
            }
        }
        for (int r : rowOf) {
            for (int c = 0; c < spans[r].length; c++) {
                spans[r][c] -= droppedBefore[r + spans[r][c]] - droppedBefore[r];
            }
        }
        if (rowOf.isEmpty()) {
            return null;
        }
        List<TableRow> tableRows = new ArrayList<>();
        List<List<CellDraft>> finalCells = new ArrayList<>();
        for (int r : rowOf) {
            List<TableCell> built = new ArrayList<>();
            List<CellDraft> row = kept.get(r);
            for (int c = 0; c < row.size(); c++) {
                CellDraft cell = row.get(c);
                built.add(new TableCell(keptContents.get(r).get(c), Math.min(cell.colSpan, MAX_COLSPAN),
                        spans[r][c]));
            }
            tableRows.add(new TableRow(built));
            finalCells.add(row);
        }
        int first = rowOf.get(0);
        boolean headerRow = headRows.get(first) || kept.get(first).stream().allMatch(CellDraft::header);
        return new Table(alignments(finalCells, tableRows), headerRow, tableRows);
    }

    /** The row span of each cell, clamped to the rows that exist below it. */
    private static int[][] spans(List<List<CellDraft>> rows) {
        int[][] spans = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<CellDraft> row = rows.get(r);
            spans[r] = new int[row.size()];
            for (int c = 0; c < row.size(); c++) {
                int span = row.get(c).rowSpan;
                int left = rows.size() - r;
                spans[r][c] = span == 0 ? left : Math.max(1, Math.min(Math.min(span, MAX_ROWSPAN), left));
            }
        }
        return spans;
    }

    /** The alignment of each column: the first cell placed on it that declares one. */
    private static List<Align> alignments(List<List<CellDraft>> cells, List<TableRow> rows) {
        List<Align> align = new ArrayList<>();
        List<Integer> busyUntil = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            List<TableCell> row = rows.get(r).children();
            for (int c = 0; c < row.size(); c++) {
                while (col < busyUntil.size() && busyUntil.get(col) > r) {
                    col++;
                }
                TableCell cell = row.get(c);
                for (int k = col; k < col + cell.colSpan(); k++) {
                    while (busyUntil.size() <= k) {
                        busyUntil.add(0);
                        align.add(Align.NONE);
                    }
                    busyUntil.set(k, r + cell.rowSpan());
                    if (align.get(k) == Align.NONE) {
                        align.set(k, cells.get(r).get(c).align);
                    }
                }
                col += cell.colSpan();
            }
        }
        return align;
    }
}
