package org.articlekit.parser.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.articlekit.core.IsoDates;
import org.articlekit.core.Metadata;
import org.articlekit.parser.ArticleParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Typed metadata from each key's common aliases; the front matter itself unchanged. */
class AliasesTest {

    private static Metadata yaml(String frontMatter) {
        return ArticleParser.create().parse("---\n" + frontMatter + "\n---\n<p>b</p>\n", "a.md").metadata();
    }

    @Test
    void seedHeaderOfAnRssMirroringHexoSite() {
        Metadata m = yaml("title: '在推进青藏高原生态保护和高质量发展上取得新成就'\ncategories: \n - 新媒体\n - ZAKER\n - source\n"
                + "headimg: 'https://img.example/a.jpg'\nauthor: ZAKER\ncomments: false\n"
                + "date: Wed, 09 Jun 2021 05:40:00 GMT\nthumbnail: 'https://img.example/t.jpg'");
        assertEquals("在推进青藏高原生态保护和高质量发展上取得新成就", m.title());
        assertEquals("2021-06-09T05:40:00Z", IsoDates.format(m.date()));
        assertEquals(List.of("新媒体", "ZAKER", "source"), m.categories());
        assertEquals(List.of("ZAKER"), m.authors());
        assertEquals("https://img.example/a.jpg", m.cover());
        assertEquals("https://img.example/t.jpg", m.thumbnail());
        assertEquals(Boolean.FALSE, m.frontMatter().get("comments"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "updated: 2020-01-02", "lastmod: 2020-01-02", "modified: 2020-01-02", "modified_time: '2020-01-02'",
        "last_modified_at: 2020-01-02"})
    void updatedAliases(String line) {
        assertEquals("2020-01-02T00:00:00Z", IsoDates.format(yaml(line).updated()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "headimg: http://x/c.jpg", "cover: http://x/c.jpg", "image: http://x/c.jpg", "banner: http://x/c.jpg",
        "featured_image: http://x/c.jpg", "cover_image: http://x/c.jpg", "cover: {image: http://x/c.jpg, alt: A}",
        "images: [http://x/c.jpg, http://x/d.jpg]", "header: {image: http://x/c.jpg, teaser: http://x/t.jpg}",
        "params: {cover: http://x/c.jpg}"})
    void coverAliases(String line) {
        assertEquals("http://x/c.jpg", yaml(line).cover());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"summary: S", "description: S", "excerpt: S"})
    void summaryAliases(String line) {
        assertEquals("S", yaml(line).summary());
    }

    @Test
    void authorsAsStringListOrMapsWithAName() {
        assertEquals(List.of("Ada"), yaml("author: Ada").authors());
        assertEquals(List.of("Ada", "Charles"), yaml("authors: [Ada, Charles]").authors());
        assertEquals(List.of("Grace Hopper"), yaml("author: {name: Grace Hopper, email: g@x}").authors());
        assertEquals(List.of("Jane Admin"), yaml("author:\n  login: admin\n  display_name: Jane Admin").authors());
        assertEquals(List.of("Jane Doe"), yaml("author:\n  login: admin\n  first_name: Jane\n  last_name: Doe").authors());
        assertEquals(List.of("admin"), yaml("author:\n  login: admin\n  email: a@x").authors());
        assertEquals(List.of("A", "B"), yaml("authors:\n  - name: A\n  - B").authors());
    }

    @Test
    void categoriesAsStringListAndHexoNestedLists() {
        assertEquals(List.of("Reports"), yaml("categories: Reports").categories());
        assertEquals(List.of("a", "b"), yaml("category: [a, b]").categories());
        assertEquals(List.of("Programming", "Tools", "Notes"),
                yaml("categories:\n  - [Programming, Tools]\n  - Notes").categories());
        assertEquals(List.of("Diary", "Life", "Work"),
                yaml("categories:\n  - [Diary, Life]\n  - [Diary, Work]").categories());
        assertEquals(List.of("2019"), yaml("categories: [2019]").categories());
    }

    @Test
    void tagsAsListOrCommaSeparatedString() {
        assertEquals(List.of("build", "make", "shell"), yaml("tags: build, make, shell").tags());
        assertEquals(List.of("中文", "标签"), yaml("tags: 中文，标签").tags());
        assertEquals(List.of("one tag"), yaml("tags: one tag").tags());
        assertEquals(List.of("a", "b"), yaml("tags:\n- a\n- b").tags());
        assertEquals(List.of(), yaml("tags: []").tags());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "draft: true|true", "draft: false|false", "published: false|true", "published: true|false",
        "status: draft|true", "status: publish|false", "title: x|null", "draft: yes|true"})
    void draftFlags(String line, Boolean draft) {
        assertEquals(draft, yaml(line).draft());
    }

    @Test
    void langSlugPermalinkAndCaseInsensitiveKeys() {
        Metadata m = yaml("Title: Hugo keys ignore case\nlanguage: ja\nslug: my-post\nurl: /2020/my-post/");
        assertEquals("Hugo keys ignore case", m.title());
        assertEquals("ja", m.lang());
        assertEquals("my-post", m.slug());
        assertEquals("/2020/my-post/", m.permalink());
        assertEquals("/p/", yaml("permalink: /p/\nurl: /u/").permalink());
    }

    @Test
    void aNumberTitleIsItsTextAndAListTitleIsNone() {
        assertEquals("2021", yaml("title: 2021").title());
        assertEquals("1.10", yaml("title: 1.10").title());
        for (String written : new String[] {"+5", "1e3", ".5", "007", "0x1F", "-3", "12:30", "yes", "1.0"}) {
            assertEquals(written, yaml("title: " + written).title(), "a title is its text as written");
        }
        assertNull(yaml("title: [a, b]").title());
        assertNull(yaml("title:   ").title());
    }

    @Test
    void wordpressAndBloggerImports() {
        Metadata wp = org.articlekit.parser.frontmatter.FixtureAccess.parse("yaml-wordpress-import.md").metadata();
        assertEquals("Moving the blog", wp.title());
        assertEquals("2010-05-12T10:20:30+02:00", IsoDates.format(wp.date()));
        assertEquals(List.of("Jane Admin"), wp.authors());
        assertEquals(List.of("Uncategorized", "Meta"), wp.categories());
        assertEquals(Boolean.FALSE, wp.draft());
        assertEquals("/2010/05/12/moving-the-blog/", wp.permalink());

        Metadata blogger = org.articlekit.parser.frontmatter.FixtureAccess.parse("yaml-blogger-import.md").metadata();
        assertEquals("2011-03-04T10:35:00-08:00", IsoDates.format(blogger.date()));
        assertEquals("2011-03-04T10:40:27.449-08:00", IsoDates.format(blogger.updated()));
        assertEquals(List.of("travel", "photos"), blogger.tags());
        assertEquals("http://1.bp.blogspot.com/photo-s72-c.jpg", blogger.thumbnail());
        assertEquals("http://example.blogspot.com/2011/03/a-post.html", blogger.permalink());
    }

    @Test
    void hugoParamsSupplyAuthorAndCover() {
        Metadata m = org.articlekit.parser.frontmatter.FixtureAccess.parse("toml-params.md").metadata();
        assertEquals(List.of("Hugo Author"), m.authors());
        assertEquals("https://example.org/cover.png", m.cover());
        assertEquals(List.of("a", "b"), m.tags());
        assertEquals(Boolean.FALSE, m.draft());
    }
}
