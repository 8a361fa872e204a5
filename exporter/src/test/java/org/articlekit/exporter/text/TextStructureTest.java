package org.articlekit.exporter.text;

import static org.articlekit.exporter.text.Trees.article;
import static org.articlekit.exporter.text.Trees.br;
import static org.articlekit.exporter.text.Trees.code;
import static org.articlekit.exporter.text.Trees.em;
import static org.articlekit.exporter.text.Trees.h;
import static org.articlekit.exporter.text.Trees.li;
import static org.articlekit.exporter.text.Trees.ol;
import static org.articlekit.exporter.text.Trees.p;
import static org.articlekit.exporter.text.Trees.quote;
import static org.articlekit.exporter.text.Trees.strong;
import static org.articlekit.exporter.text.Trees.t;
import static org.articlekit.exporter.text.Trees.task;
import static org.articlekit.exporter.text.Trees.text;
import static org.articlekit.exporter.text.Trees.ul;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.articlekit.core.Metadata;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ThematicBreak;
import org.junit.jupiter.api.Test;

/** The shape of the text: blocks, headings, lists, quotes, code, the header. */
class TextStructureTest {

    @Test
    void paragraphsAreSeparatedByOneBlankLine() {
        assertEquals("One.\n\nTwo, " + "emphasised and strong.\n",
                text(article(p("One."), p(t("Two, "), em(t("emphasised")), t(" and "), strong(t("strong")), t(".")))));
    }

    @Test
    void emptyParagraphsLeaveNoExtraBlankLines() {
        assertEquals("One.\n\nTwo.\n", text(article(p("One."), p(t("   ")), p(), p("Two."))));
    }

    @Test
    void anEmptyArticleIsEmptyText() {
        assertEquals("", text(article()));
    }

    @Test
    void headingsOneAndTwoAreUnderlinedAsWideAsTheyAreShown() {
        assertEquals("Title\n=====\n\n中文标题\n--------\n\nText.\n", text(article(h(1, "Title"), h(2, "中文标题"), p("Text."))));
    }

    @Test
    void deeperHeadingsAreMarkedAndWrapUnderTheirText() {
        assertEquals("### Third\n\n###### Sixth\n", text(article(h(3, "Third"), h(6, "Sixth"))));
        assertEquals("### aaaa bbbb\n    cccc\n", text(16, h(3, "aaaa bbbb cccc")));
    }

    @Test
    void bulletListsNestAndContinuationLinesSitUnderTheItemText() {
        String out = text(20, ul(
                li(p("first item that is long enough to wrap")),
                li(p("second"), ul(li(p("nested one")), li(p("nested two"))))));
        assertEquals("""
                - first item that is
                  long enough to
                  wrap
                - second
                  - nested one
                  - nested two
                """, out);
    }

    @Test
    void orderedListsStartWhereTheSourceSaysAndAlignTheirNumbers() {
        String out = text(article(ol(8, li(p("eight")), li(p("nine")), li(p("ten")))));
        assertEquals(" 8. eight\n 9. nine\n10. ten\n", out);
    }

    @Test
    void looseListsHaveBlankLinesBetweenItems() {
        ListBlock loose = new ListBlock(false, 1, true, List.of(li(p("a"), p("a2")), li(p("b"))));
        assertEquals("Intro.\n\n- a\n\n  a2\n\n- b\n\nAfter.\n", text(article(p("Intro."), loose, p("After."))));
    }

    @Test
    void taskItemsShowTheirBox() {
        assertEquals("- [x] done\n- [ ] to do\n", text(article(ul(task(true, p("done")), task(false, p("to do"))))));
    }

    @Test
    void anEmptyItemStillShowsItsMarker() {
        assertEquals("- a\n-\n- c\n", text(article(ul(li(p("a")), li(), li(p("c"))))));
    }

    @Test
    void quotesArePrefixedAndNest() {
        String out = text(article(quote(p("Outer."), quote(p("Inner.")), p("Outer again."))));
        assertEquals("> Outer.\n>\n> > Inner.\n>\n> Outer again.\n", out);
    }

    @Test
    void codeIsIndentedAndNeverWrapped() {
        String line = "int x = 1; // " + "a very long comment ".repeat(6);
        String out = text(20, p("Before."), code(line + "\n\n\tindented"), p("After."));
        assertEquals("Before.\n\n    " + line.stripTrailing() + "\n\n    \tindented\n\nAfter.\n", out);
    }

    @Test
    void aThematicBreakIsALine() {
        assertEquals("a\n\n" + "-".repeat(30) + "\n\nb\n", text(30, p("a"), new ThematicBreak(), p("b")));
    }

    @Test
    void hardBreaksStartNewLinesAndTwoMakeAnEmptyOne() {
        assertEquals("one\ntwo\n\nthree\n", text(article(p(br(), t("one "), br(), t(" two"), br(), br(), br(), t("three"), br()))));
    }

    @Test
    void theHeaderHasTheTitleUnderlinedThenDateAndAuthors() {
        Metadata metadata = Metadata.builder().title("在推进 Title").authors(List.of("Ann", "Bo"))
                .date(OffsetDateTime.of(2021, 6, 9, 5, 40, 0, 0, ZoneOffset.UTC)).build();
        assertEquals("在推进 Title\n============\nDate: 2021-06-09T05:40:00Z\nAuthors: Ann, Bo\n\nBody.\n",
                text(article(metadata, p("Body."))));
        assertEquals("Body.\n", text(article(metadata, p("Body.")), "header", "false"));
    }

    @Test
    void rawHtmlKeepsItsTextWithoutTagsScriptsOrEntities() {
        String html = "<div class=\"x\">Fish &amp; chips<!-- a comment --><script>alert('x < y')</script><br>"
                + "<style>p { color: red }</style>caf&eacute; &lt;tag&gt;</div>";
        assertEquals("Fish & chips\ncafé <tag>\n\nSay hi there.\n",
                text(article(new Html(html), p(t("Say "), new Html("<b>hi</b>"), t(" there.")))));
    }

    @Test
    void controlCharactersNeverReachTheTerminal() {
        // the escape character goes; what followed it is harmless text
        assertEquals("[31mred text\n\n    bell\n", text(article(p("\u001b[31mred\u0000 text\u009b"), code("\u0007bell"))));
    }
}
