package org.articlekit.exporter.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.FrontMatter;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;
import org.articlekit.core.document.Text;
import org.junit.jupiter.api.Test;

/** The exact bytes of the contract: key order, layout, optional fields, UTF-8, JSON Lines. */
class JsonLayoutTest {

    private static Article small() {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", "Tokyo 東京");
        fm.put("date", "2021-06-09 13:40:00");
        fm.put("count", 3L);
        fm.put("big", new BigInteger("123456789012345678901234567890"));
        fm.put("ratio", 0.25);
        fm.put("none", null);
        fm.put("nested", Map.of("empty", List.of()));
        Metadata metadata = Metadata.builder().title("Tokyo 東京")
                .date(OffsetDateTime.of(2021, 6, 9, 5, 40, 0, 0, ZoneOffset.UTC))
                .tags(List.of("travel")).draft(false).permalink("/tokyo/").frontMatter(new FrontMatter(fm)).build();
        Document content = new Document(List.of(
                new ListBlock(false, 1, false, List.of(
                        new ListItem(true, List.of(new Paragraph(List.of(new Text("done"))))),
                        new ListItem(null, List.of()))),
                new ListBlock(true, 3, true, List.of()),
                new Table(List.of(Align.LEFT, Align.NONE), false, List.of(new TableRow(List.of(
                        new TableCell(List.of(new Image("a.png", "A", null, 640, null)), 2, 1))))),
                new Embed(Embed.Kind.VIDEO, "v.mp4", null, null, 360)));
        return new Article(new Source("posts/tokyo.html", FrontMatterFormat.YAML), metadata, content, "done",
                List.of(Diagnostic.warning("date-zone", "no zone: read as UTC", 3, 7)));
    }

    @Test
    void prettyJsonIsLaidOutLikeJsonStringifyWithTwoSpaces() {
        String expected = """
                {
                  "schemaVersion": 1,
                  "source": {
                    "path": "posts/tokyo.html",
                    "frontMatterFormat": "yaml"
                  },
                  "metadata": {
                    "title": "Tokyo 東京",
                    "date": "2021-06-09T05:40:00Z",
                    "updated": null,
                    "authors": [],
                    "categories": [],
                    "tags": [
                      "travel"
                    ],
                    "cover": null,
                    "thumbnail": null,
                    "summary": null,
                    "lang": null,
                    "draft": false,
                    "slug": null,
                    "permalink": "/tokyo/"
                  },
                  "frontMatter": {
                    "title": "Tokyo 東京",
                    "date": "2021-06-09 13:40:00",
                    "count": 3,
                    "big": 123456789012345678901234567890,
                    "ratio": 0.25,
                    "none": null,
                    "nested": {
                      "empty": []
                    }
                  },
                  "content": {
                    "type": "root",
                    "children": [
                      {
                        "type": "list",
                        "ordered": false,
                        "spread": false,
                        "children": [
                          {
                            "type": "listItem",
                            "spread": false,
                            "checked": true,
                            "children": [
                              {
                                "type": "paragraph",
                                "children": [
                                  {
                                    "type": "text",
                                    "value": "done"
                                  }
                                ]
                              }
                            ]
                          },
                          {
                            "type": "listItem",
                            "spread": false,
                            "children": []
                          }
                        ]
                      },
                      {
                        "type": "list",
                        "ordered": true,
                        "start": 3,
                        "spread": true,
                        "children": []
                      },
                      {
                        "type": "table",
                        "align": [
                          "left",
                          null
                        ],
                        "headerRow": false,
                        "children": [
                          {
                            "type": "tableRow",
                            "children": [
                              {
                                "type": "tableCell",
                                "colSpan": 2,
                                "children": [
                                  {
                                    "type": "image",
                                    "url": "a.png",
                                    "alt": "A",
                                    "title": null,
                                    "width": 640
                                  }
                                ]
                              }
                            ]
                          }
                        ]
                      },
                      {
                        "type": "embed",
                        "kind": "video",
                        "url": "v.mp4",
                        "title": null,
                        "width": null,
                        "height": 360
                      }
                    ]
                  },
                  "excerpt": "done",
                  "stats": {
                    "characters": 5,
                    "words": 2,
                    "images": 1,
                    "links": 0
                  },
                  "diagnostics": [
                    {
                      "severity": "warning",
                      "code": "date-zone",
                      "message": "no zone: read as UTC",
                      "line": 3,
                      "column": 7
                    }
                  ]
                }
                """;
        assertEquals(expected, JsonExporter.pretty().render(small()));
        assertEquals("", SchemaCheck.problems(expected));
    }

    @Test
    void jsonLinesIsOneCompactLinePerArticle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonExporter.lines().write(small(), out);
        JsonExporter.lines().write(small(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        assertEquals(3, lines.length, "two lines and the empty rest after the final newline");
        assertEquals("", lines[2]);
        assertEquals(lines[0], lines[1]);
        assertTrue(lines[0].startsWith("{\"schemaVersion\":1,\"source\":{\"path\":\"posts/tokyo.html\","), lines[0]);
        assertFalse(lines[0].contains("  "), "no indentation in JSON Lines");
        assertEquals(JsonExporter.pretty().render(small()).replaceAll("\n *", "").replace("\": ", "\":"),
                lines[0], "the same object as the pretty form, without layout");
        assertTrue(JsonExporter.lines().concatenable());
        assertFalse(JsonExporter.pretty().concatenable());
    }

    @Test
    void nonAsciiIsWrittenAsUtf8NotEscaped() {
        byte[] bytes = JsonExporter.lines().render(small()).getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Tokyo 東京\""), text);
        assertFalse(text.contains("\\u"), text);
    }

    @Test
    void sameArticleGivesSameBytes() {
        for (long seed = 0; seed < 20; seed++) {
            byte[] first = JsonExporter.pretty().render(new RandomArticles(seed).next()).getBytes(StandardCharsets.UTF_8);
            byte[] second = JsonExporter.pretty().render(new RandomArticles(seed).next()).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(first, second, "seed " + seed);
        }
    }

    @Test
    void unpairedSurrogateBecomesAReplacementCharacterInsteadOfFailing() {
        Article article = new Article(Source.of("x"), Metadata.builder().title("a\uD800b").build(),
                new Document(List.of(new Paragraph(List.of(new Text("\uDC00 and 😀"))))), "", List.of());
        String json = JsonExporter.lines().render(article);
        assertTrue(json.contains("\"a\uFFFDb\""), json);
        assertTrue(json.contains("\"\uFFFD and 😀\""), json);
    }

    @Test
    void lessThanIsEscapedSoNoTagAppearsInJsonEmbeddedInAPage() throws IOException {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("<k>", "</script><script>x</script>");
        // the escapes are set only around strings with a '<': those after it, and wide text, are written as usual
        fm.put("wide", "中文 <i>😀</i>");
        fm.put("after", "中文😀 \"q\"\n\u0001");
        Article article = new Article(Source.of("x"), Metadata.builder().title("<b>t</b>").frontMatter(new FrontMatter(fm))
                .build(), new Document(List.of(new Paragraph(List.of(new Text("a <script> b > c"))))), "", List.of());
        for (String json : List.of(JsonExporter.lines().render(article), JsonExporter.pretty().render(article))) {
            assertFalse(json.contains("<"), json);
            assertTrue(json.contains("\\u003c/script>\\u003cscript>x\\u003c/script>"), json);
            assertTrue(json.contains("a \\u003cscript> b > c"), json);
            JsonNode read = new ObjectMapper().readTree(json);
            assertEquals("<b>t</b>", read.path("metadata").path("title").asText(), "the same value for a JSON reader");
            assertEquals("</script><script>x</script>", read.path("frontMatter").path("<k>").asText());
            assertTrue(json.contains("\"中文 \\u003ci>😀\\u003c/i>\""), json);
            assertTrue(json.contains("\"中文😀 \\\"q\\\"\\n\\u0001\""), json);
            assertEquals("中文 <i>😀</i>", read.path("frontMatter").path("wide").asText());
        }
    }

    @Test
    void numbersJsonCannotHoldAreWrittenAsStrings() {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("nan", Double.NaN);
        fm.put("inf", Double.NEGATIVE_INFINITY);
        fm.put("precise", new BigDecimal("1.50"));
        Article article = new Article(Source.of("x"), Metadata.builder().frontMatter(new FrontMatter(fm)).build(),
                Document.EMPTY, "", List.of());
        String json = JsonExporter.lines().render(article);
        assertTrue(json.contains("\"frontMatter\":{\"nan\":\"NaN\",\"inf\":\"-Infinity\",\"precise\":1.50}"), json);
    }

    @Test
    void namesExtensionAndMediaType() {
        assertEquals(List.of("json", "json", "application/json"), List.of(JsonExporter.pretty().name(),
                JsonExporter.pretty().extension(), JsonExporter.pretty().mediaType()));
        assertEquals(List.of("jsonl", "jsonl", "application/jsonl"), List.of(JsonExporter.lines().name(),
                JsonExporter.lines().extension(), JsonExporter.lines().mediaType()));
    }
}
