package org.articlekit.parser.internal.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path for flat YAML front matter: the values and positions it reads, and what it leaves to snakeyaml. */
class FlatYamlTest {

    private static final String TYPICAL = """
            title: 在推进青藏高原生态保护
            date: 2021-06-09 05:40:00
            tags:
            - a
            - b
            categories: [news, world]
            draft: false
            description: "quoted: text"
            author: 'it''s me'
            weight: 10
            zip: 01234
            price: 1.50
            big: 9223372036854775808
            empty:
            nothing: ~
            """;

    @Test
    void aTypicalBlockReadsToTypedValues() {
        FrontMatterContent content = fast(TYPICAL, 2);
        Map<String, Object> values = content.values().values();
        assertEquals(List.of("title", "date", "tags", "categories", "draft", "description", "author", "weight",
                "zip", "price", "big", "empty", "nothing"), List.copyOf(values.keySet()));
        assertEquals("在推进青藏高原生态保护", values.get("title"));
        assertEquals("2021-06-09 05:40:00", values.get("date"), "a timestamp stays the text written");
        assertEquals(List.of("a", "b"), values.get("tags"));
        assertEquals(List.of("news", "world"), values.get("categories"));
        assertEquals(Boolean.FALSE, values.get("draft"));
        assertEquals("quoted: text", values.get("description"));
        assertEquals("it's me", values.get("author"));
        assertEquals(10L, assertInstanceOf(Long.class, values.get("weight")));
        assertEquals("01234", values.get("zip"), "not octal, and not a number that would print otherwise");
        assertEquals(new BigDecimal("1.50"), values.get("price"));
        assertEquals(new BigInteger("9223372036854775808"), values.get("big"));
        assertTrue(values.containsKey("empty") && values.get("empty") == null);
        assertTrue(values.containsKey("nothing") && values.get("nothing") == null);
        YamlPaths.assertSnakeyamlAgrees("typical", TYPICAL, 2, FastPathCheck.DEFAULTS, content);
    }

    @Test
    void positionsAreWhereSnakeyamlPutsEachValue() {
        FrontMatterContent content = fast(TYPICAL, 2);
        // a value on its key's line: its own column; a list below its key: the key's; nothing: after the colon
        assertEquals(new Position(2, 8), content.positionOf("title"));
        assertEquals(new Position(4, 1), content.positionOf("tags"));
        assertEquals(new Position(7, 13), content.positionOf("categories"));
        assertEquals(new Position(9, 14), content.positionOf("description"));
        assertEquals(new Position(15, 7), content.positionOf("empty"));
        assertEquals(new Position(16, 10), content.positionOf("nothing"));
    }

    @Test
    void indentedListsCommentsBlankLinesAndTrailingSpaces() {
        String source = """
                # a comment line first
                title: '在推进青藏高原生态保护'
                categories:\s
                 - 新媒体
                 # a comment between items
                 - ZAKER

                 - source
                tags:
                    - "x"
                    - 'y'   \s
                author: ZAKER   \s
                comments: false
                """;
        FrontMatterContent content = fast(source, 1);
        Map<String, Object> values = content.values().values();
        assertEquals(List.of("新媒体", "ZAKER", "source"), values.get("categories"));
        assertEquals(List.of("x", "y"), values.get("tags"));
        assertEquals("ZAKER", values.get("author"), "trailing spaces are not part of a plain value");
        assertEquals(new Position(3, 1), content.positionOf("categories"));
        YamlPaths.assertSnakeyamlAgrees("indented lists", source, 1, FastPathCheck.DEFAULTS, content);
    }

    @Test
    void aLastLineWithoutLineEndReadsTheSame() {
        for (String source : List.of("a: 1\nb:", "a: 1\nb: x", "a:\n- x", "a: [x, y]", "a: 'q'")) {
            FrontMatterContent content = fast(source, 3);
            YamlPaths.assertSnakeyamlAgrees("no final line end", source, 3, FastPathCheck.DEFAULTS, content);
        }
        assertEquals(new Position(4, 3), fast("a: 1\nb:", 3).positionOf("b"));
    }

    @Test
    void theValueBudgetIsCountedAsSnakeyamlsPathCountsIt() {
        // two keys, two values and two list items: six values
        String source = "a: 1\nb: [x, y]\n";
        FrontMatterSettings six = new FrontMatterSettings(1024, 50, 50, 6, false);
        FrontMatterSettings five = new FrontMatterSettings(1024, 50, 50, 5, false);
        YamlPaths.assertSnakeyamlAgrees("six values", source, 1, six, fast(source, 1, six));
        assertNull(YamlPaths.fast(source, 1, five));
        assertNotNull(YamlPaths.snakeyaml(source, 1, five).thrown(), "snakeyaml's path refuses it too");
    }

    @Test
    void listsOfFlowListsAsHexoWritesNestedCategories() {
        String source = "categories:\n  - [Programming, Tools]\n  - Notes\n  - []\ntags: x\n";
        FrontMatterContent content = fast(source, 2);
        assertEquals(List.of(List.of("Programming", "Tools"), "Notes", List.of()),
                content.values().values().get("categories"));
        assertEquals(new Position(2, 1), content.positionOf("categories"));
        YamlPaths.assertSnakeyamlAgrees("nested categories", source, 2, FastPathCheck.DEFAULTS, content);
        // the items of a list in a list sit at depth 4, one deeper than a list's own items
        FrontMatterSettings four = new FrontMatterSettings(1024, 50, 4, 100, false);
        FrontMatterSettings three = new FrontMatterSettings(1024, 50, 3, 100, false);
        YamlPaths.assertSnakeyamlAgrees("depth 4", source, 2, four, fast(source, 2, four));
        assertNull(YamlPaths.fast(source, 2, three));
        assertNotNull(YamlPaths.snakeyaml(source, 2, three).thrown(), "snakeyaml's path refuses it too");
    }

    @Test
    void limitsOfSizeAndDepthLeaveTheBlockToSnakeyaml() {
        assertNull(YamlPaths.fast("title: a long enough title\n", 1, new FrontMatterSettings(10, 50, 50, 100, false)));
        assertNull(YamlPaths.fast("tags:\n- a\n", 1, new FrontMatterSettings(1024, 50, 2, 100, false)));
    }

    /** Each of these is valid or broken YAML that the fast path must not read itself. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: &anchor x\nb: *anchor\n",
        "a: !tag x\n",
        "a: !!str 5\n",
        "a: |\n  block\n",
        "a: >\n  folded\n",
        "a: 1\na: 2\n",
        "title: first line\n  continued\n",
        "title: first line\n\n  continued after a blank line\n",
        "tags:\n- a\n  continued item\n",
        "a: b # a trailing comment\n",
        "a: \"an \\\"escape\\\"\"\n",
        "a: 'a' b\n",
        "a:\n  b: 1\n",
        "a:\n- - nested\n",
        "a:\n- [x, [y]]\n",
        "a:\n- [x, y] # c\n",
        "a:\n- b: 1\n",
        "a: {b: 1}\n",
        "a: [x, [y]]\n",
        "a: [x, \"y\"]\n",
        "a: [x,]\n",
        "a: [x, y\n",
        "a: x: y\n",
        "a: ends with a colon:\n",
        "a:\n-\n",
        "a:\n  - x\n- y\n",
        "a:\n  - x\n   - y\n",
        "a: x\n- y\n",
        "a:b\n",
        "a : b\n",
        "  a: indented\n",
        "标题: a key outside ASCII\n",
        "\"a\": quoted key\n",
        "? complex key\n: value\n",
        "<<: {a: 1}\n",
        "a: <<\n",
        "a:\tb\n",
        "a: b\r\n",
        "---\na: b\n",
        "...\n",
        "%YAML 1.2\na: b\n",
        "# only a comment\n",
        "a: b\u0085c\n",
        "a: b\u2028c\n",
        "\ufeffa: b\n",
        "a: b\ud800c\n",
        "a: -\n",
        "a: - x\n",
        "a: @mention\n",
        "a: `code`\n",
        "a: %percent\n",
    })
    void leavesToSnakeyaml(String source) {
        assertNull(YamlPaths.fast(source, 1, FastPathCheck.DEFAULTS), source);
    }

    private static FrontMatterContent fast(String source, int firstLine) {
        return fast(source, firstLine, FastPathCheck.DEFAULTS);
    }

    private static FrontMatterContent fast(String source, int firstLine, FrontMatterSettings settings) {
        FrontMatterContent content = YamlPaths.fast(source, firstLine, settings);
        assertNotNull(content, () -> "the fast path left this to snakeyaml:\n" + source);
        return content;
    }
}
