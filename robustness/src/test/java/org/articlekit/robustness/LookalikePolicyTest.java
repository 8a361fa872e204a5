package org.articlekit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.articlekit.core.Article;
import org.articlekit.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * The look-alike policy of SECURITY.md, section 5, on its own inputs: text that looks like markup stays content —
 * verbatim in plain text, {@code &lt;} in Markdown, {@code \u005cu003c} in JSON — and never becomes markup or a link.
 */
class LookalikePolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void escapedScriptTextIsContentAndInertInEveryFormat() throws IOException {
        Article article = parse("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");

        String text = render("text", article);
        String markdown = render("markdown", article);
        String json = render("json", article);

        assertTrue(text.contains("<script>alert(1)</script>"), () -> "plain text is verbatim:\n" + text);
        assertTrue(markdown.contains("&lt;script>alert(1)&lt;/script>"), () -> "Markdown uses the entity:\n" + markdown);
        assertFalse(markdown.toLowerCase(Locale.ROOT).contains("<script"), markdown);
        assertTrue(json.contains("\\u003cscript>alert(1)\\u003c/script>"), () -> "JSON escapes '<':\n" + json);
        assertFalse(json.contains("<"), json);
        assertTrue(JSON.readTree(json).path("content").toString().contains("<script>alert(1)</script>"),
                "a JSON reader gets the text back unchanged");
    }

    @Test
    void linkSyntaxWrittenAsTextNeverBecomesALink() {
        Article article = parse("<p>[clickme](javascript:alert(1)) and &lt;javascript:alert(1)&gt;</p>");

        String markdown = render("markdown", article);

        assertTrue(markdown.contains("&lt;javascript:alert(1)>"), () -> "no autolink opens:\n" + markdown);
        assertTrue(markdown.contains("\\](javascript:alert(1))") || markdown.contains("\\[clickme\\]"),
                () -> "the brackets are escaped:\n" + markdown);
        assertEquals(java.util.List.of(), SafeOutput.problems("markdown", markdown));
    }

    /** The input Jazzer found: "&lt; src=…&gt;" is text in HTML, since a '<' before a space opens no tag. */
    @Test
    void theJazzerFindingIsVerbatimTextWithNoUnsafeUrlListed() throws IOException {
        byte[] input;
        try (InputStream in = getClass().getResourceAsStream(
                "ExporterFuzzTestInputs/text/found-lookalike-tag-javascript-in-text.html")) {
            assertNotNull(in, "the regression input is on the class path");
            input = in.readAllBytes();
        }
        Article article = ArticleParser.create().parse(input, "found.html");

        String text = render("text", article);

        assertTrue(text.contains("< src=\"javascript:alert(1)\" onerror=\"alert(2)\">"),
                () -> "the look-alike is shown as written:\n" + text);
        assertFalse(text.contains("alert(1)</script>"), () -> "the real script is gone:\n" + text);
        assertTrue(text.contains("[1] jav%script:alert(1)"), () -> "a relative URL (no scheme) is listed:\n" + text);
        assertFalse(text.toLowerCase(Locale.ROOT).contains("] javascript:"), text);
        assertFalse(text.contains("data:text/html"), text);
        assertEquals(java.util.List.of(), SafeOutput.problems("text", text));
    }

    @Test
    void frontMatterLookalikesStayDataAndTheTypedMetadataKeepsNoUnsafeUrl() throws IOException {
        Article article = ArticleParser.create().parse(HostileInputs.ascii("---\ntitle: \"<script>alert(1)</script>\"\n"
                + "cover: \"javascript:alert(1)\"\n---\n<p>body</p>\n"), "fm.md");

        String markdown = render("markdown", article);
        JsonNode json = JSON.readTree(render("json", article));

        assertTrue(markdown.contains("title: \"\\x3cscript>alert(1)\\x3c/script>\""),
                () -> "the YAML block escapes '<' inside a quoted string:\n" + markdown);
        assertEquals("<script>alert(1)</script>", json.path("metadata").path("title").asText());
        assertTrue(json.path("metadata").path("cover").isNull() || json.path("metadata").path("cover").isMissingNode(),
                () -> "no unsafe cover URL in the typed metadata: " + json.path("metadata"));
        assertEquals("javascript:alert(1)", json.path("frontMatter").path("cover").asText(),
                "the front-matter map holds the value as written, as data");
    }

    private static Article parse(String html) {
        return ArticleParser.create().parse(HostileInputs.ascii(html), "lookalike.html");
    }

    private static String render(String format, Article article) {
        return Conversion.exporter(format).render(article);
    }
}
