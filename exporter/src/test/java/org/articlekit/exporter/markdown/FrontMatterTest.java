package org.articlekit.exporter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.articlekit.core.Article;
import org.articlekit.core.FrontMatter;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.articlekit.exporter.ExportOptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The YAML front-matter block: keys in source order, values that read back as written, and the three modes. */
class FrontMatterTest {

    private static String render(Metadata metadata, String mode) {
        Article article = new Article(Source.of("a.md"), metadata,
                new Document(List.of(new Paragraph(List.of(new Text("Body."))))), "", List.of());
        return new MarkdownExporter(ExportOptions.of(Map.of("front-matter", mode))).render(article);
    }

    private static Map<String, Object> readBack(String markdown) {
        assertTrue(markdown.startsWith("---\n"), markdown);
        String yaml = markdown.substring(4, markdown.indexOf("\n---\n") + 1);
        Yaml reader = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> values = reader.load(yaml);
        return values;
    }

    @Test
    void valuesAsWrittenReadBackAsTheSameStringsNumbersAndCollections() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "Notes: lists, code & links");
        values.put("plain", "Hello world");
        values.put("cjk", "读书笔记：《深入理解计算机系统》");
        values.put("looks-like-number", "1.0");
        values.put("looks-like-bool", "yes");
        values.put("empty", "");
        values.put("hash", "a #comment");
        values.put("leading", "- dash");
        values.put("quote", "say \"hi\"\n\tand \\ go");
        values.put("at", "@handle");
        values.put("count", 42L);
        values.put("big", new BigInteger("123456789012345678901234567890"));
        values.put("ratio", 0.5);
        values.put("tiny", 1.0E-10);
        values.put("decimal", new BigDecimal("10"));
        values.put("draft", false);
        values.put("nothing", null);
        values.put("tags", List.of("a", "b: c", "[x]"));
        values.put("nested", List.of(List.of("Programming", "Tools"), "Notes"));
        values.put("author", Map.of("name", "Grace Hopper"));
        values.put("none", List.of());
        values.put("people", List.of(Map.of("name", "Ada")));
        Metadata metadata = Metadata.builder().frontMatter(new FrontMatter(values)).build();
        Map<String, Object> back = readBack(render(metadata, "as-written"));
        assertEquals(new ArrayList<>(values.keySet()), new ArrayList<>(back.keySet()), "keys in source order");
        for (String key : List.of("title", "plain", "cjk", "looks-like-number", "looks-like-bool", "empty", "hash",
                "leading", "quote", "at", "tags", "nested", "author", "none", "people")) {
            assertEquals(values.get(key), back.get(key), key);
        }
        assertEquals(42, ((Number) back.get("count")).intValue());
        assertEquals(values.get("big"), back.get("big"));
        assertEquals(0.5, back.get("ratio"));
        assertEquals(1.0E-10, back.get("tiny"));
        assertEquals(10.0, back.get("decimal"));
        assertEquals(false, back.get("draft"));
        assertTrue(back.containsKey("nothing") && back.get("nothing") == null);
    }

    @Test
    void datesStayPlainAsWrittenAndBecomeIsoWhenNormalized() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "T");
        values.put("date", "Wed, 09 Jun 2021 05:40:00 GMT");
        values.put("lastmod", "2011-07-19 08:00:00+09:00");
        Metadata metadata = Metadata.builder().title("T")
                .date(OffsetDateTime.of(2021, 6, 9, 5, 40, 0, 0, ZoneOffset.UTC))
                .updated(OffsetDateTime.of(2011, 7, 19, 8, 0, 0, 0, ZoneOffset.ofHours(9)))
                .frontMatter(new FrontMatter(values)).build();
        assertEquals("---\ntitle: T\ndate: Wed, 09 Jun 2021 05:40:00 GMT\nlastmod: 2011-07-19 08:00:00+09:00\n---\n\n"
                + "Body.\n", render(metadata, "as-written"));
        assertEquals("---\ntitle: T\ndate: 2021-06-09T05:40:00Z\nlastmod: 2011-07-19T08:00:00+09:00\n---\n\nBody.\n",
                render(metadata, "normalized"));
        assertEquals("Body.\n", render(metadata, "none"));
    }

    @Test
    void normalizedAddsATitleAndDateTheMetadataKnowsButTheFrontMatterLacks() {
        Metadata jekyll = Metadata.builder().title("From code")
                .date(OffsetDateTime.of(2013, 8, 6, 0, 0, 0, 0, ZoneOffset.UTC))
                .frontMatter(new FrontMatter(new LinkedHashMap<>(Map.of("layout", "post")))).build();
        assertEquals("---\ntitle: From code\ndate: 2013-08-06T00:00:00Z\nlayout: post\n---\n\nBody.\n",
                render(jekyll, "normalized"));
        assertEquals("---\nlayout: post\n---\n\nBody.\n", render(jekyll, "as-written"));
    }

    /** Pieces of YAML's reserved words, numbers and indicators, joined at random into strings that must stay strings. */
    private static final String[] PIECES = {"y", "Y", "n", "yes", "No", "TRUE", "false", "on", "Off", "null", "~", "=",
        "<<", "0", "1", "12", "007", "0x1F", "0o17", "0b1", "1_000", ".", ".5", "1e3", "E", "-", "+", ":", "30", "inf",
        ".inf", ".NaN", "a", "word", " ", " ", "  ", "#", ",", "[", "]", "{", "}", "'", "\"", "<", "<a", "&", "*", "!",
        "|", ">", "%", "@", "`", "?", "\t", "\n", "é", "中", "😀", "\u2028", "\u0085"};

    @Test
    void randomStringsOfReservedPiecesReadBackAsTheSameStrings() {
        Random random = new Random(20261207L);
        Yaml reader = new Yaml(new SafeConstructor(new LoaderOptions()));
        for (int n = 0; n < 3000; n++) {
            StringBuilder value = new StringBuilder();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                value.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = value.toString();
            if (text.matches("(?s)[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*")) {
                continue; // a date stays plain on purpose, for Hexo and Jekyll to read it as one
            }
            Metadata metadata = Metadata.builder().frontMatter(new FrontMatter(Map.of("k", text))).build();
            String markdown = render(metadata, "as-written");
            Map<String, Object> back = reader.load(markdown.substring(4, markdown.indexOf("\n---\n") + 1));
            assertEquals(text, back.get("k"), () -> "written as:\n" + markdown);
        }
    }

    @Test
    void noFrontMatterNoBlock() {
        assertEquals("Body.\n", render(Metadata.EMPTY, "as-written"));
        assertTrue(Arrays.stream(render(Metadata.EMPTY, "normalized").split("\n")).noneMatch("---"::equals));
    }
}
