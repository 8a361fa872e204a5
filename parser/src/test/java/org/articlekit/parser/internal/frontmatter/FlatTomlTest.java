package org.articlekit.parser.internal.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlekit.parser.internal.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatTomlTest {

    private static final String HUGO = """
            title = "Hello, world"
            date = 2021-06-09T05:40:00Z
            # a comment

            draft = false
              tags = ["a", 'b']
            weight   =   10
            slug = 'c:\\path'
            """;

    @Test
    void readsATypicalHugoBlockWithExactValuesAndPositions() {
        FrontMatterContent content = FlatToml.read(HUGO, 2, FastPathCheck.DEFAULTS);
        assertNotNull(content);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("title", "Hello, world");
        expected.put("date", "2021-06-09T05:40:00Z");
        expected.put("draft", false);
        expected.put("tags", List.of("a", "b"));
        expected.put("weight", 10L);
        expected.put("slug", "c:\\path");
        assertEquals(FastPathCheck.typed(expected), FastPathCheck.typed(content.values().values()));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(content.values().values().keySet()));
        assertEquals(Map.of("title", new Position(2, 9), "date", new Position(3, 8), "draft", new Position(6, 9),
                "tags", new Position(7, 10), "weight", new Position(8, 14), "slug", new Position(9, 8)),
                content.positions());
        assertEquals(2, content.firstLine());
        TomlPaths.assertJacksonAgrees("hugo", HUGO, 2, FastPathCheck.DEFAULTS, content);
    }

    @Test
    void theReaderTakesTheFastPathAndReadsAsJacksonDoes() {
        Diagnostics diagnostics = new Diagnostics();
        FrontMatterContent read = TomlReader.read(HUGO, 2, FastPathCheck.DEFAULTS, diagnostics);
        assertEquals(FlatToml.read(HUGO, 2, FastPathCheck.DEFAULTS), read);
        assertEquals(TomlReader.readWithJackson(HUGO, 2, FastPathCheck.DEFAULTS, new Diagnostics()), read);
        assertEquals(List.of(), diagnostics.list());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[params]\n[params]\n", "a = 1\n[a]\nb = 2\n", "[params]\na = 1\na = 2\n", "[ params ]\n",
        "[a.b]\n", "[\"a\"]\n", "[params] # c\n", "[params]x\n", "[]\n", "[[items]]\na = 1\n", "a.b = 1\n", "\"a\" = 1\n",
        "'a' = 1\n", "a = \"with \\\"escape\\\"\"\n", "a = 007\n", "a = +5\n", "a = 1_000\n", "a = 1.0\n",
        "a = 1e3\n", "a = True\n", "a = 9223372036854775807\n", "a = 1234567890\n",
        "a = 2021-06-09 05:40:00+08:00\n", "a = 2021-06-09T05:40:00.000Z\n", "a = [1, 2]\n", "a = [\"a\", 1]\n",
        "a = [\"a\",]\n", "a = [\n  \"a\"\n]\n", "a = {b = 1}\n", "a = \"x\" # comment\n", "a = 1\na = 2\n",
        "a = 1\r\n", "a =\t1\n", "a = \"\"\"x\"\"\"\n", "a = '''x'''\n", "a = \"unclosed\n", "a\n", "= 1\n",
        "a = \n", "标题 = \"x\"\n", "", "# only a comment\n", "a = \"x\u0001\"\n", "a = \"x\u2028y\"\n"})
    void fallsBackOnWhatItDoesNotVouchFor(String source) {
        assertNull(FlatToml.read(source, 1, FastPathCheck.DEFAULTS), source);
    }

    @Test
    void readsTablesAsHugoWritesParams() {
        String source = "title = \"x\"\n\n[params]\ncover = 'a.png'\n  tags = [\"a\"]\n[author]\n  [empty]\n";
        FrontMatterContent content = FlatToml.read(source, 2, FastPathCheck.DEFAULTS);
        assertNotNull(content);
        Map<String, Object> values = content.values().values();
        assertEquals(List.of("title", "params", "author", "empty"), List.copyOf(values.keySet()));
        assertEquals(Map.of("cover", "a.png", "tags", List.of("a")), values.get("params"));
        assertEquals(Map.of(), values.get("author"));
        // keys are placed before the first table only, as the Jackson path places them
        assertEquals(Map.of("title", new Position(2, 9)), content.positions());
        TomlPaths.assertJacksonAgrees("tables", source, 2, FastPathCheck.DEFAULTS, content);
        // a list in a table sits at depth 3; the title, three tables, two keys and a list item are seven values
        assertNotNull(FlatToml.read(source, 1, new FrontMatterSettings(1000, 50, 3, 7, false)));
        assertNull(FlatToml.read(source, 1, new FrontMatterSettings(1000, 50, 2, 7, false)));
        assertNull(FlatToml.read(source, 1, new FrontMatterSettings(1000, 50, 3, 6, false)));
        assertNotNull(FlatToml.read("[params]\na = 1\n", 1, new FrontMatterSettings(1000, 50, 2, 6, false)));
        assertNull(FlatToml.read("[params]\na = 1\n", 1, new FrontMatterSettings(1000, 50, 1, 6, false)));
    }

    @Test
    void fallsBackNearTheLimits() {
        String block = "a = [\"x\", \"y\"]\nb = 1\n";
        assertNotNull(FlatToml.read(block, 1, FastPathCheck.DEFAULTS));
        // 2 keys and 2 items: 4 values; a list sits at depth 2
        assertNotNull(FlatToml.read(block, 1, new FrontMatterSettings(1000, 50, 2, 4, false)));
        assertNull(FlatToml.read(block, 1, new FrontMatterSettings(1000, 50, 2, 3, false)));
        assertNull(FlatToml.read(block, 1, new FrontMatterSettings(1000, 50, 1, 4, false)));
        assertNull(FlatToml.read(block, 1, new FrontMatterSettings(10, 50, 2, 4, false)));
    }
}
