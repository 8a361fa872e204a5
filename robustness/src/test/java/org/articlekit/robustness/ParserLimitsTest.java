package org.articlekit.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.ParseException;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Nodes;
import org.articlekit.core.document.Table;
import org.articlekit.parser.ArticleParser;
import org.articlekit.parser.ParserOptions;
import org.junit.jupiter.api.Test;

/**
 * Each limit of {@link ParserOptions}, set low: input just past it gives a diagnostic that names the limit (by
 * what it limits and by its value), input just within it gives none, and — except for the input size, which
 * refuses the whole file — the rest of the article is still read.
 */
class ParserLimitsTest {

    @Test
    void inputOverTheSizeLimitIsRefusedWithAnErrorNamingTheLimit() {
        ArticleParser parser = parser(ParserOptions.builder().maxInputBytes(777).build());

        ParseException refused = assertThrows(ParseException.class,
                () -> parser.parse(bodyOfSize(778), "big.md"));

        assertNamesLimit(refused.diagnostics(), Diagnostic.Severity.ERROR, 777, "size", "large", "bytes", "input");
        assertTrue(refused.getMessage().contains("big.md"), refused::getMessage);
    }

    @Test
    void inputAtTheSizeLimitIsRead() {
        Article article = parser(ParserOptions.builder().maxInputBytes(777).build()).parse(bodyOfSize(777), "ok.md");

        assertTrue(Nodes.text(article.content()).contains("end"), "the body is read");
    }

    @Test
    void frontMatterOverItsLimitIsAWarningAndTheBodyIsStillRead() {
        ArticleParser parser = parser(ParserOptions.builder().maxFrontMatterBytes(333).build());

        Article article = parser.parse(frontMatterOfSize(1_000), "fm.md");

        assertNamesLimit(article.diagnostics(), Diagnostic.Severity.WARNING, 333, "front", "size", "large", "limit");
        assertTrue(Nodes.text(article.content()).contains("bodyword"), "the body is read");
    }

    @Test
    void frontMatterWithinItsLimitIsRead() {
        Article article = parser(ParserOptions.builder().maxFrontMatterBytes(333).build())
                .parse(frontMatterOfSize(200), "fm.md");

        assertEquals("limits", article.metadata().title());
        assertNoDiagnostics(article);
    }

    @Test
    void yamlAliasesOverTheLimitAreAWarning() {
        ArticleParser parser = parser(ParserOptions.builder().maxYamlAliases(5).build());

        Article article = parser.parse(yamlWithAliases(12), "aliases.md");

        assertNamesLimit(article.diagnostics(), Diagnostic.Severity.WARNING, 5, "alias");
        assertTrue(Nodes.text(article.content()).contains("bodyword"), "the body is read");
    }

    @Test
    void yamlAliasesWithinTheLimitAreRead() {
        Article article = parser(ParserOptions.builder().maxYamlAliases(5).build())
                .parse(yamlWithAliases(3), "aliases.md");

        assertEquals("aliases", article.metadata().title());
        assertTrue(article.metadata().frontMatter().toString().contains("x3"), () -> "front matter read: "
                + article.metadata().frontMatter());
        assertNoDiagnostics(article);
    }

    @Test
    void yamlNestedDeeperThanTheLimitIsAWarning() {
        ArticleParser parser = parser(ParserOptions.builder().maxYamlDepth(7).build());

        Article article = parser.parse(yamlNested(30), "deep.md");

        assertNamesLimit(article.diagnostics(), Diagnostic.Severity.WARNING, 7, "depth", "deep", "nest");
        assertTrue(Nodes.text(article.content()).contains("bodyword"), "the body is read");
    }

    @Test
    void yamlNestedWithinTheLimitIsRead() {
        Article article = parser(ParserOptions.builder().maxYamlDepth(7).build()).parse(yamlNested(4), "deep.md");

        assertEquals("nested", article.metadata().title());
        assertNoDiagnostics(article);
    }

    @Test
    void htmlNestedDeeperThanTheLimitIsAWarningAndItsTextIsKept() {
        ArticleParser parser = parser(ParserOptions.builder().maxHtmlDepth(20).build());

        Article article = parser.parse(HostileInputs.nested("<div><blockquote>", "</blockquote></div>", 200), "d.html");

        assertNamesLimit(article.diagnostics(), Diagnostic.Severity.WARNING, 20, "depth", "deep", "nest");
        assertTrue(Nodes.text(article.content()).contains(HostileInputs.INNERMOST), "the innermost text is kept");
        assertTrue(Conversion.exporter("text").render(article).contains(HostileInputs.INNERMOST));
    }

    @Test
    void htmlNestedWithinTheLimitGivesNoWarning() {
        Article article = parser(ParserOptions.builder().maxHtmlDepth(20).build())
                .parse(HostileInputs.nested("<blockquote>", "</blockquote>", 5), "d.html");

        assertTrue(Nodes.text(article.content()).contains(HostileInputs.INNERMOST));
        assertNoDiagnostics(article);
    }

    @Test
    void aUrlLongerThanTheLimitIsDroppedWithAWarningAndItsTextKept() {
        ArticleParser parser = parser(ParserOptions.builder().maxUrlLength(300).build());
        String url = "https://example.com/" + "a".repeat(400);

        Article article = parser.parse(HostileInputs.ascii("<p><a href=\"" + url + "\">linktext</a> <img src=\""
                + url + "\" alt=\"pic\"></p>"), "url.html");

        assertNamesLimit(article.diagnostics(), Diagnostic.Severity.WARNING, 300, "url");
        assertFalse(Nodes.linkUrls(article.content()).contains(url), "the long link URL is dropped");
        assertFalse(Nodes.imageUrls(article.content()).contains(url), "the long image URL is dropped");
        assertTrue(Nodes.text(article.content()).contains("linktext"), "the link's text is kept");
    }

    @Test
    void aUrlWithinTheLimitIsKept() {
        String url = "https://example.com/" + "a".repeat(200);

        Article article = parser(ParserOptions.builder().maxUrlLength(300).build())
                .parse(HostileInputs.ascii("<p><a href=\"" + url + "\">linktext</a></p>"), "url.html");

        assertEquals(List.of(url), Nodes.linkUrls(article.content()));
        assertNoDiagnostics(article);
    }

    @Test
    void aTableWithMoreCellsThanTheLimitIsAWarningAndItsTextIsKept() {
        ArticleParser parser = parser(ParserOptions.builder().maxTableCells(50).build());

        Article article = parser.parse(HostileInputs.table(10, 10), "table.html");

        assertNamesLimit(article.diagnostics(), Diagnostic.Severity.WARNING, 50, "table", "cell");
        assertTrue(Nodes.text(article.content()).contains("lastcell"), "the cells' text is kept");
    }

    @Test
    void aTableWithinTheLimitIsATable() {
        Article article = parser(ParserOptions.builder().maxTableCells(50).build())
                .parse(HostileInputs.table(5, 5), "table.html");

        assertTrue(article.content().children().stream().anyMatch(b -> b instanceof Table),
                () -> "no table in " + article.content());
        assertNoDiagnostics(article);
    }

    @Test
    void anAttributeLongerThanTheLimitIsDroppedWithAWarningAndTheRestKept() {
        ArticleParser parser = parser(ParserOptions.builder().maxAttributeLength(100).build());
        String alt = "a".repeat(101);

        Article article = parser.parse(HostileInputs.ascii("<p><a href=\"https://example.com/" + "p".repeat(120)
                + "\" title=\"short\">linktext</a> <img src=\"https://example.com/i.png\" alt=\"" + alt
                + "\"></p>"), "attr.html");

        assertNamesLimit(article.diagnostics(), Diagnostic.Severity.WARNING, 100, "attribute");
        assertTrue(article.diagnostics().stream().anyMatch(d -> d.message().contains("href") && d.line() == 1),
                () -> "the warning names the attribute and its line: " + article.diagnostics());
        assertEquals(List.of(), Nodes.linkUrls(article.content()), "the long href is dropped");
        assertEquals(List.of("https://example.com/i.png"), Nodes.imageUrls(article.content()),
                "a short attribute of the same input is kept");
        assertEquals(List.of(""), imageAlts(article), "the long alt is dropped");
        assertTrue(Nodes.text(article.content()).contains("linktext"), "the link's text is kept");
    }

    @Test
    void anAttributeWithinTheLimitIsKept() {
        String alt = "a".repeat(100);

        Article article = parser(ParserOptions.builder().maxAttributeLength(100).build()).parse(
                HostileInputs.ascii("<p><img src=\"https://example.com/i.png\" alt=\"" + alt + "\"></p>"), "a.html");

        assertNoDiagnostics(article);
        assertEquals(List.of(alt), imageAlts(article), "the alt stays");
    }

    @Test
    void manyLongAttributesGiveABoundedNumberOfWarnings() {
        String many = "<p title=\"" + "t".repeat(50) + "\">x</p>";

        Article article = parser(ParserOptions.builder().maxAttributeLength(10).build())
                .parse(HostileInputs.ascii(many.repeat(1000)), "many.html");

        long warnings = article.diagnostics().stream().filter(d -> d.code().equals("attribute-too-long")).count();
        assertTrue(warnings > 1 && warnings <= 21, () -> warnings + " warnings");
        assertTrue(article.diagnostics().stream().anyMatch(d -> d.message().startsWith("980 more")),
                () -> "the rest are counted: " + article.diagnostics());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> ParserOptions.builder().maxHtmlDepth(0).build());
        assertThrows(IllegalArgumentException.class, () -> ParserOptions.builder().maxInputBytes(-1).build());
    }

    // ---- inputs and checks -------------------------------------------------------------------------------------

    private static ArticleParser parser(ParserOptions options) {
        return ArticleParser.create(options);
    }

    /** A body of exactly {@code size} bytes ending with the word {@code end}. */
    private static byte[] bodyOfSize(int size) {
        String open = "<p>";
        String close = " end</p>";
        return HostileInputs.ascii(open + "x".repeat(size - open.length() - close.length()) + close);
    }

    /** A YAML front matter of about {@code size} bytes between its fences, then a body. */
    private static byte[] frontMatterOfSize(int size) {
        StringBuilder yaml = new StringBuilder("title: limits\n");
        int i = 0;
        while (yaml.length() + 16 < size) {
            yaml.append("k").append(i++).append(": ").append("v".repeat(8)).append('\n');
        }
        return HostileInputs.ascii("---\n" + yaml + "---\n<p>bodyword</p>\n");
    }

    /** A front matter whose list is referred to by {@code aliases} aliases. */
    private static byte[] yamlWithAliases(int aliases) {
        StringBuilder yaml = new StringBuilder("title: aliases\nbase: &base [x1, x2, x3]\n");
        for (int i = 0; i < aliases; i++) {
            yaml.append("copy").append(i).append(": *base\n");
        }
        return HostileInputs.ascii("---\n" + yaml + "---\n<p>bodyword</p>\n");
    }

    /** A front matter with one value nested {@code depth} mappings deep. */
    private static byte[] yamlNested(int depth) {
        StringBuilder yaml = new StringBuilder("title: nested\n");
        for (int level = 0; level < depth; level++) {
            yaml.append("  ".repeat(level)).append("level").append(level).append(":\n");
        }
        yaml.append("  ".repeat(depth)).append("leaf: value\n");
        return HostileInputs.ascii("---\n" + yaml + "---\n<p>bodyword</p>\n");
    }

    /**
     * A diagnostic of {@code severity} whose code or message says what is limited (one of {@code words}) and whose
     * message gives the limit's value.
     */
    private static List<String> imageAlts(Article article) {
        List<String> alts = new java.util.ArrayList<>();
        Nodes.walk(article.content(), node -> {
            if (node instanceof Image image) {
                alts.add(image.alt());
            }
        });
        return alts;
    }

    private static void assertNamesLimit(List<Diagnostic> diagnostics, Diagnostic.Severity severity, long limit,
            String... words) {
        Pattern value = Pattern.compile("(?<![0-9])" + limit + "(?![0-9])");
        boolean named = diagnostics.stream().anyMatch(d -> {
            String said = (d.code() + " " + d.message()).toLowerCase(Locale.ROOT);
            return d.severity() == severity && value.matcher(d.message()).find()
                    && List.of(words).stream().anyMatch(said::contains);
        });
        assertTrue(named, () -> "no " + severity.id() + " naming the limit " + limit + " " + List.of(words)
                + " among " + diagnostics);
    }

    private static void assertNoDiagnostics(Article article) {
        assertEquals(List.of(), article.diagnostics(), "nothing to report for input within the limits");
    }
}
