package org.articlekit.parser.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.core.document.Nodes;
import org.junit.jupiter.api.Test;

/** Where the front matter ends and the body begins, for every fence and line-end style. */
class SplittingTest {

    @Test
    void bomWithCrlfIsYamlWithItsValues() {
        Article article = Fixtures.parse("yaml-bom-crlf.md");
        assertEquals(FrontMatterFormat.YAML, article.source().frontMatterFormat());
        assertEquals("BOM and CRLF", article.metadata().title());
        assertEquals("ok", article.metadata().frontMatter().get("date_note"), "no \\r left on values");
        assertEquals("Saved on Windows.", Nodes.text(article.content()).strip());
        assertEquals(List.of(), article.diagnostics());
    }

    @Test
    void carriageReturnsAloneEndLinesAndDiagnosticsCountThem() {
        Article article = Fixtures.parse("yaml-cr-only.md");
        assertEquals("Old Mac line ends", article.metadata().title());
        assertEquals("2009-02-03T00:00Z", article.metadata().date().toString());
        // the unclosed quote is on line 4, after the quote at column 9
        assertEquals(List.of("front-matter-syntax@4:9"), Fixtures.positions(article));
        assertEquals("Body after CR line ends.", Nodes.text(article.content()).strip());
    }

    @Test
    void blankLinesAndSpacesBeforeTheOpenerAndTrailingSpacesOnFences() {
        Article article = Fixtures.parse("yaml-leading-blank-lines.md");
        assertEquals("Blank lines and spaces before the opener", article.metadata().title());
        assertEquals(List.of("news"), article.metadata().categories());
        assertEquals("Body.", Nodes.text(article.content()).strip());
    }

    @Test
    void dotsCloseYaml() {
        Article article = Fixtures.parse("yaml-dots-closer.md");
        assertEquals("Closed by dots", article.metadata().title());
        assertEquals("Body.", Nodes.text(article.content()).strip());
    }

    @Test
    void frontMatterWithNoBodyAndNoFinalNewline() {
        Article article = Fixtures.parse("yaml-no-body.md");
        assertEquals("Only a header", article.metadata().title());
        assertEquals("2021-06-09T05:40Z", article.metadata().date().toString());
        assertTrue(article.content().children().isEmpty());
        assertEquals(List.of(), article.diagnostics());
    }

    @Test
    void emptyFrontMatterIsYamlWithNoKeys() {
        Article article = Fixtures.parse("yaml-empty.md");
        assertEquals(FrontMatterFormat.YAML, article.source().frontMatterFormat());
        assertTrue(article.metadata().frontMatter().isEmpty());
        assertEquals("Empty front matter, still an article.", Nodes.text(article.content()).strip());
    }

    @Test
    void dashesInsideValuesAndLaterInTheBodyDoNotCloseTheBlock() {
        Article article = Fixtures.parse("yaml-dashes-in-values.md");
        assertEquals("Dashes --- inside a quoted value", article.metadata().title());
        assertEquals("---", article.metadata().frontMatter().get("subtitle"));
        assertEquals("a block scalar\n---\nstill the block\n", article.metadata().frontMatter().get("note"));
        assertEquals("2019-03-14T09:26:53Z", article.metadata().date().toString());
        String body = Nodes.text(article.content());
        assertTrue(body.contains("Body starts here.") && body.contains("A later dashed line is body."), body);
    }

    @Test
    void tomlBetweenPlusFencesWithATrailingSpace() {
        Article article = Fixtures.parse("toml-params.md");
        assertEquals(FrontMatterFormat.TOML, article.source().frontMatterFormat());
        assertEquals("Hugo TOML", article.metadata().title());
        assertEquals("Body.", Nodes.text(article.content()).strip());
    }

    @Test
    void hugoJsonObjectEndsWhereItsBracesBalance() {
        Article article = Fixtures.parse("json-hugo.md");
        assertEquals(FrontMatterFormat.JSON, article.source().frontMatterFormat());
        assertEquals("Hugo JSON", article.metadata().title());
        assertEquals(List.of("books"), article.metadata().categories());
        assertEquals("Body after the object.", Nodes.text(article.content()).strip());
    }

    @Test
    void hexoJsonWithBracesAndSemicolons() {
        Article article = Fixtures.parse("json-hexo-braced.md");
        assertEquals(FrontMatterFormat.JSON, article.source().frontMatterFormat());
        assertEquals("Hexo JSON with braces", article.metadata().title());
        assertEquals("Body.", Nodes.text(article.content()).strip(), "the ;;; line is not body");
    }

    @Test
    void hexoJsonWithoutBraces() {
        Article article = Fixtures.parse("json-hexo-bare.md");
        assertEquals(FrontMatterFormat.JSON, article.source().frontMatterFormat());
        assertEquals("Hexo JSON without braces", article.metadata().title());
        assertEquals("2013-07-13T20:46:25Z", article.metadata().date().toString());
        assertEquals("Body.", Nodes.text(article.content()).strip());
    }

    @Test
    void hexoYamlWithoutAnOpener() {
        Article article = Fixtures.parse("yaml-hexo-no-opener.md");
        assertEquals(FrontMatterFormat.YAML, article.source().frontMatterFormat());
        assertEquals("Hexo without an opener", article.metadata().title());
        assertEquals(List.of("hexo"), article.metadata().tags());
        assertEquals("Hexo accepts front matter without the first fence.", Nodes.text(article.content()).strip());
    }

    @Test
    void noFrontMatterKeepsEverythingAsBodyEvenALaterDashedLine() {
        Article article = Fixtures.parse("no-front-matter.html");
        assertEquals(FrontMatterFormat.NONE, article.source().frontMatterFormat());
        assertNull(article.metadata().title());
        String body = Nodes.text(article.content());
        assertTrue(body.contains("No front matter") && body.contains("More."), body);
    }

    @Test
    void unclosedBlockIsReadAsFarAsItLooksLikeFrontMatter() {
        Article article = Fixtures.parse("yaml-unclosed.md");
        assertEquals("Nobody closed me", article.metadata().title());
        assertEquals(List.of("front-matter-unclosed@1:1"), Fixtures.positions(article));
        assertEquals("The body follows without a closing fence.", Nodes.text(article.content()).strip());
    }

    @Test
    void anUnclosedBlockStopsAtIndentedMarkup() {
        Article article = org.articlekit.parser.ArticleParser.create().parse(
                "---\ntitle: x\ntags:\n  - a\n\n  <div><p>body</p></div>\n", "a.md");
        assertEquals("x", article.metadata().title());
        assertEquals(List.of("a"), article.metadata().tags());
        assertEquals("body", Nodes.text(article.content()).strip());
        assertEquals(List.of("front-matter-unclosed@1:1"), Fixtures.positions(article));
    }

    @Test
    void anOpenerAloneIsBodyWithAWarning() {
        Article article = org.articlekit.parser.ArticleParser.create().parse("---\n<p>just a rule</p>\n", "a.html");
        assertEquals(FrontMatterFormat.NONE, article.source().frontMatterFormat());
        assertEquals(List.of("front-matter-unclosed@1:1"), Fixtures.positions(article));
        assertTrue(Nodes.text(article.content()).contains("just a rule"));
    }

    @Test
    void anOpenerMayCarryAYamlComment() {
        Article article = org.articlekit.parser.ArticleParser.create().parse("--- # the header\ntitle: x\n---\n<p>b</p>",
                "a.md");
        assertEquals("x", article.metadata().title());
        assertEquals(List.of(), article.diagnostics());
    }

    @Test
    void proseWithAColonIsNotHexoFrontMatter() {
        Article article = org.articlekit.parser.ArticleParser.create().parse(
                "Note: this page has no header.\nIt is prose.\n---\n<p>more</p>", "a.txt");
        assertEquals(FrontMatterFormat.NONE, article.source().frontMatterFormat());
        assertTrue(Nodes.text(article.content()).contains("Note: this page has no header."));
    }

    @Test
    void aBraceThatOpensTemplateSyntaxIsNotJson() {
        Article article = org.articlekit.parser.ArticleParser.create().parse("{{< youtube id >}}\n<p>x</p>\n", "a.md");
        assertEquals(FrontMatterFormat.NONE, article.source().frontMatterFormat());
        assertEquals(List.of(), article.diagnostics());
    }
}
