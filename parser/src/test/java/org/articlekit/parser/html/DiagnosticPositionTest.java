package org.articlekit.parser.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.Metadata;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.internal.html.HtmlBodyReader;
import org.articlekit.parser.internal.html.HtmlSettings;
import org.junit.jupiter.api.Test;

/** Warnings name the line of the whole file (the body starts after the front matter) and the column. */
class DiagnosticPositionTest {

    @Test
    void positionsCountFromTheLineWhereTheBodyStarts() {
        String body = "<p>one</p>\n<p>two</p>\n  <a href=\"https://example.com/a/very/long/path/indeed\">x</a>";
        HtmlSettings settings = new HtmlSettings(null, false, false, 128, 20, 100_000);
        Diagnostics diagnostics = new Diagnostics();
        HtmlBodyReader.read(body, 12, Metadata.EMPTY, settings, diagnostics);
        List<Diagnostic> found = diagnostics.list();
        assertEquals(1, found.size());
        assertEquals("url-too-long", found.get(0).code());
        assertEquals(14, found.get(0).line(), "third body line of a body starting on line 12");
        assertEquals(3, found.get(0).column());
    }

    @Test
    void depthWarningPointsAtTheFirstElementTooDeep() {
        String body = "<div>\n" + "<div>".repeat(3) + "<span>deep</span>";
        HtmlSettings settings = new HtmlSettings(null, false, false, 3, 1000, 100_000);
        Diagnostics diagnostics = new Diagnostics();
        HtmlBodyReader.read(body, 5, Metadata.EMPTY, settings, diagnostics);
        Diagnostic warning = diagnostics.list().get(0);
        assertEquals("html-too-deep", warning.code());
        assertEquals(6, warning.line());
        assertEquals(11, warning.column(), "the third <div> of the second line is the fourth level");
    }
}
