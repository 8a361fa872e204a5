package org.articlekit.exporter.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published schema: the jar carries the repository's file, and it rejects what breaks the contract. */
class ArticleJsonSchemaTest {

    private static final String VALID = JsonExporter.pretty().render(new Article(Source.of("a.html"),
            Metadata.EMPTY, new Document(List.of(new Paragraph(List.of(new Text("x"))))), "x", List.of()));

    @Test
    void theJarCarriesTheRepositorysSchema() throws IOException {
        try (InputStream in = ArticleJsonSchema.open()) {
            assertArrayEquals(Files.readAllBytes(Path.of("..", "docs", "schema", "article.schema.json")),
                    in.readAllBytes());
        }
    }

    @Test
    void schemaIdAndVersionMatchTheConstants() throws IOException {
        com.fasterxml.jackson.databind.JsonNode schema;
        try (InputStream in = ArticleJsonSchema.open()) {
            schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        assertEquals(ArticleJsonSchema.ID, schema.get("$id").asText());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(ArticleJsonSchema.VERSION, schema.at("/properties/schemaVersion/const").asInt());
    }

    @Test
    void aWrittenArticleIsValid() {
        assertEquals("", SchemaCheck.problems(VALID));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown node type      | \"type\": \"paragraph\"       | \"type\": \"section\"",
        "heading depth above 6  | \"type\": \"paragraph\",      | \"type\": \"heading\", \"depth\": 7,",
        "start on bullet list   | \"type\": \"paragraph\",      | \"type\": \"list\", \"ordered\": false, \"start\": 1, \"spread\": false,",
        "unknown field on node  | \"type\": \"text\",           | \"type\": \"text\", \"bogus\": 1,",
        "date without offset    | \"date\": null               | \"date\": \"2021-06-09T05:40:00\"",
        "bad severity-free path | \"path\": \"a.html\"          | \"path\": 3",
        "missing excerpt        | \"excerpt\": \"x\",           | ''",
        "wrong schemaVersion    | \"schemaVersion\": 1         | \"schemaVersion\": 2",
        "text without value     | \"value\": \"x\"             | \"valu\": \"x\"",
    })
    void aBrokenArticleIsRejected(String why, String find, String replace) {
        assertTrue(VALID.contains(find), "test input lacks " + find);
        String broken = VALID.replace(find, replace);
        assertTrue(!SchemaCheck.problems(broken).isEmpty(), why + ":\n" + broken);
    }
}
