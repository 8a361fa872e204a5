package org.articlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Nodes;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;
import org.articlekit.core.document.Text;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void diagnosticFormatsLikeACompiler() {
        assertEquals("a.md:3:7: warning: cannot read the date '31/31' [date-unreadable]",
                Diagnostic.warning("date-unreadable", "cannot read the date '31/31'", 3, 7).format("a.md"));
        assertEquals("a.md: error: too large [input-too-large]",
                Diagnostic.error("input-too-large", "too large", 0, 0).format("a.md"));
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.warning("x", "y", -1, 0));
    }

    @Test
    void parseExceptionHeadlineIsTheFirstError() {
        ParseException e = new ParseException("p.md", List.of(Diagnostic.warning("w", "first a warning", 1, 1),
                Diagnostic.error("e", "then the error", 2, 5)));
        assertEquals("p.md:2:5: error: then the error [e]", e.getMessage());
        assertEquals(2, e.diagnostics().size());
    }

    @Test
    void collectionsAreCopiedOnTheWayIn() {
        List<String> tags = new ArrayList<>(List.of("a"));
        Metadata metadata = Metadata.builder().tags(tags).build();
        tags.add("b");
        assertEquals(List.of("a"), metadata.tags());
        assertEquals(metadata, metadata.toBuilder().build());
        assertThrows(UnsupportedOperationException.class, () -> metadata.tags().add("c"));
    }

    @Test
    void invalidNodesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Heading(7, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TableCell(List.of(), 0, 1));
        assertThrows(NullPointerException.class, () -> new Text(null));
    }

    @Test
    void tableKnowsWhenACellSpans() {
        TableRow plain = new TableRow(List.of(TableCell.of(List.of(new Text("a"))), TableCell.of(List.of())));
        Table simple = new Table(List.of(Align.NONE, Align.LEFT), true, List.of(plain));
        Table spanning = new Table(List.of(Align.NONE, Align.NONE), true,
                List.of(new TableRow(List.of(new TableCell(List.of(new Text("wide")), 2, 1)))));
        assertFalse(simple.hasSpans());
        assertTrue(spanning.hasSpans());
        assertEquals("left", Align.LEFT.mdast());
        assertEquals(null, Align.NONE.mdast());
    }

    @Test
    void walkingAHundredThousandDeepTreeNeedsNoRecursion() {
        Blockquote deep = new Blockquote(List.of(new Paragraph(List.of(new Text("core")))));
        for (int i = 0; i < 100_000; i++) {
            deep = new Blockquote(List.of(deep));
        }
        assertEquals("core", Nodes.text(new Document(List.of(deep))));
    }
}
