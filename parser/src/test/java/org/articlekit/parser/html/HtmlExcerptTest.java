package org.articlekit.parser.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.articlekit.parser.internal.html.HtmlExcerpt;
import org.junit.jupiter.api.Test;

class HtmlExcerptTest {

    private static String excerpt(String html) {
        return HtmlExcerpt.of(html, Fixtures.read(html).document());
    }

    @Test
    void textBeforeTheMoreMarker() {
        String html = "<p>First <b>part</b>.</p><p>Second part.</p><!-- more --><p>Rest of the article.</p>";
        assertEquals("First part.\n\nSecond part.", excerpt(html));
    }

    @Test
    void markerWithoutSpacesAndInsideAContainer() {
        assertEquals("Intro text", excerpt("<div><p>Intro  text</p><!--more--><p>Body</p></div>"));
        assertEquals("Intro", excerpt("<div><p>Intro</p><!--   MORE   --></div><p>Body</p>"));
    }

    @Test
    void firstParagraphWithoutTheMarker() {
        String html = "<h1>Title</h1><p><img src='a.png' alt='alt text'></p><p>The first words.</p><p>More.</p>";
        assertEquals("The first words.", excerpt(html));
    }

    @Test
    void firstParagraphInsideAQuoteWhenNoneAtTheTop() {
        assertEquals("Quoted", excerpt("<h2>Only a heading</h2><blockquote><p>Quoted</p></blockquote>"));
    }

    @Test
    void emptyWhenThereIsNoText() {
        assertEquals("", excerpt("<h1>Heading only</h1><p><img src='a.png'></p>"));
        assertEquals("", excerpt(""));
    }

    @Test
    void markerWithNothingBeforeItFallsBackToTheFirstParagraph() {
        assertEquals("Body", excerpt("<!-- more --><p>Body</p>"));
    }

    @Test
    void otherCommentsBeforeTheMarkerAreSkipped() {
        assertEquals("One\n\nTwo", excerpt("<p>One</p><!-- note --><!--<!-- x --><p>Two</p><!--\tMore\n--><p>Three</p>"));
        assertEquals("One", excerpt("<p>One</p><!-- more than this --><p>Two</p>"));
    }
}
