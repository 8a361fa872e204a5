package org.articlekit.parser.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.articlekit.core.Article;
import org.articlekit.core.IsoDates;
import org.articlekit.parser.ArticleParser;
import org.articlekit.parser.ParserOptions;
import org.articlekit.parser.internal.metadata.DateParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every date form of {@code frontmatter/date-forms.tsv}, zones, file-name dates and unreadable dates. */
class DatesTest {

    static Stream<Arguments> forms() throws IOException {
        try (InputStream in = DatesTest.class.getResourceAsStream("/frontmatter/date-forms.tsv")) {
            assertNotNull(in);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(p -> Arguments.of(p[0], p[1]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormIsReadToTheSecondWithItsOffset(String written, String expected) {
        assertEquals(expected, IsoDates.format(DateParser.parse(written, ZoneOffset.UTC).orElseThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormIsReadThroughAFrontMatter(String written, String expected) {
        Article article = ArticleParser.create().parse("---\ndate: " + written + "\n---\n", "a.md");
        assertEquals(expected, IsoDates.format(article.metadata().date()));
        assertEquals(written, article.metadata().frontMatter().get("date"), "the map keeps the text as written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Invalid Date", "2021-02-30", "2021-13-01 10:00", "yesterday", "Wed, 09 Foo 2021 05:40:00 GMT",
        "2021-06-09 25:00", "Wed, 09 Jun 2021 05:40:00 XYZ", ""})
    void unreadableFormsAreEmpty(String written) {
        assertTrue(DateParser.parse(written, ZoneOffset.UTC).isEmpty(), written);
    }

    @Test
    void zoneLessDatesUseTheConfiguredZoneNeverTheMachines() {
        TimeZone machine = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            String input = "---\ndate: 2019-03-14 09:26:53\nupdated: 2019-03-15\n---\n";
            Article utc = ArticleParser.create().parse(input, "a.md");
            assertEquals("2019-03-14T09:26:53Z", IsoDates.format(utc.metadata().date()));
            Article shanghai = ArticleParser.create(ParserOptions.builder().zone(ZoneId.of("Asia/Shanghai")).build())
                    .parse(input, "a.md");
            assertEquals("2019-03-14T09:26:53+08:00", IsoDates.format(shanghai.metadata().date()));
            assertEquals("2019-03-15T00:00:00+08:00", IsoDates.format(shanghai.metadata().updated()));
            // a written offset is kept whatever the zone
            Article offset = ArticleParser.create(ParserOptions.builder().zone(ZoneId.of("Asia/Shanghai")).build())
                    .parse("---\ndate: Wed, 09 Jun 2021 05:40:00 GMT\n---\n", "a.md");
            assertEquals("2021-06-09T05:40:00Z", IsoDates.format(offset.metadata().date()));
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void tomlDateLiteralsAndUnixTimes() {
        Article toml = ArticleParser.create().parse("+++\ndate = 1979-05-27T07:32:00-08:00\nlastmod = 1979-05-28\n+++\n",
                "t.md");
        assertEquals("1979-05-27T07:32:00-08:00", IsoDates.format(toml.metadata().date()));
        assertEquals("1979-05-28T00:00:00Z", IsoDates.format(toml.metadata().updated()));
        Article epoch = ArticleParser.create().parse("---\ndate: 1623217200\nupdated: 1623217200000\n---\n", "e.md");
        assertEquals("2021-06-09T05:40:00Z", IsoDates.format(epoch.metadata().date()));
        assertEquals("2021-06-09T05:40:00Z", IsoDates.format(epoch.metadata().updated()));
    }

    @Test
    void aJekyllFileNameSuppliesTheDateWhenTheFrontMatterHasNone() {
        Article article = ArticleParser.create().parse("---\ntitle: x\n---\n", "_posts/2013-08-06-jekyll-name.md");
        assertEquals("2013-08-06T00:00:00Z", IsoDates.format(article.metadata().date()));
        Article written = ArticleParser.create().parse("---\ndate: 2020-01-02\n---\n", "_posts/2013-08-06-x.md");
        assertEquals("2020-01-02T00:00:00Z", IsoDates.format(written.metadata().date()), "the front matter wins");
        Article hugo = ArticleParser.create().parse("+++\ntitle = \"x\"\n+++\n", "content_blog_a_2013-08-06_x.md");
        assertEquals(null, hugo.metadata().date(), "only a name that starts with the date counts");
    }

    @Test
    void anUnreadableDateKeepsItsTextAndWarnsAtItsOwnLine() {
        Article article = ArticleParser.create().parse(bytes("unreadable-date.md"), "posts/unreadable-date.md");
        assertEquals(null, article.metadata().date());
        assertEquals("Invalid Date", article.metadata().frontMatter().get("date"));
        assertEquals(1, article.diagnostics().size());
        var d = article.diagnostics().get(0);
        assertEquals("date-unreadable", d.code());
        assertEquals(List.of(6, 7), List.of(d.line(), d.column()), "line and column of the value, not the block");
        assertTrue(d.message().contains("'Invalid Date'") && d.message().contains("'date'"), d.message());
        Article withName = ArticleParser.create().parse("---\ndate: soon\n---\n", "_posts/2013-08-06-x.md");
        assertEquals("2013-08-06T00:00:00Z", IsoDates.format(withName.metadata().date()));
        assertTrue(withName.diagnostics().get(0).message().contains("file name"));
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DatesTest.class.getResourceAsStream("/frontmatter/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
