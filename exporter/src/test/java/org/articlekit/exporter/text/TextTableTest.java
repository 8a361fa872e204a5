package org.articlekit.exporter.text;

import static org.articlekit.exporter.text.Trees.article;
import static org.articlekit.exporter.text.Trees.br;
import static org.articlekit.exporter.text.Trees.link;
import static org.articlekit.exporter.text.Trees.t;
import static org.articlekit.exporter.text.Trees.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;
import org.junit.jupiter.api.Test;

/** Tables: a grid aligned by display width, or one block per row when too wide. */
class TextTableTest {

    private static TableRow row(Object... cells) {
        List<TableCell> out = new ArrayList<>();
        for (Object cell : cells) {
            out.add(cell instanceof TableCell c ? c : TableCell.of(cell instanceof Inline i ? List.of(i)
                    : List.of(t((String) cell))));
        }
        return new TableRow(out);
    }

    private static Table table(List<Align> align, TableRow... rows) {
        return new Table(align, true, Arrays.asList(rows));
    }

    @Test
    void aGridIsAlignedByDisplayWidthWithAHeaderRule() {
        Table table = table(List.of(Align.LEFT, Align.RIGHT, Align.CENTER),
                row("City", "People", "Note"),
                row("北京", "21893095", "首都"),
                row("Reykjavík", "139875", "x"));
        assertEquals("""
                City      |   People | Note
                ----------+----------+-----
                北京      | 21893095 | 首都
                Reykjavík |   139875 |  x
                """, text(article(table)));
    }

    @Test
    void aTableWiderThanThePageBecomesOneBlockPerRow() {
        Table table = table(List.of(Align.NONE, Align.NONE),
                row("Name", "Description"),
                row("alpha", "the first letter of the Greek alphabet, used for many things"),
                row(TableCell.of(List.of(link("https://b.example", "beta"))), "second"));
        assertEquals("""
                Name: alpha
                Description: the first letter of the
                  Greek alphabet, used for many things

                Name: beta[1]
                Description: second

                [1] https://b.example
                """, text(40, table));
    }

    @Test
    void cellsWithBreaksTakeSeveralLinesAndSpansCoverColumns() {
        Table table = table(List.of(Align.NONE, Align.NONE, Align.NONE),
                row("a", "b", "c"),
                row(new TableCell(List.of(t("wide cell")), 2, 1), "c1"),
                row(TableCell.of(List.of(t("two"), br(), t("lines"))), "b2", "c2"));
        assertEquals("""
                a     | b  | c
                ------+----+---
                wide cell  | c1
                two   | b2 | c2
                lines |    |
                """, text(article(table)));
    }
}
