package org.articlekit.exporter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.ParseException;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.ListBlock;
import org.junit.jupiter.api.Test;

/** Reading JSON back: JSON Lines, other tools' mdast, and clear errors with line and column. */
class JsonArticleReaderTest {

    private static final JsonArticleReader READER = JsonArticleReader.create();

    private static Diagnostic failure(String json) {
        ParseException e = assertThrows(ParseException.class,
                () -> READER.read(json.getBytes(StandardCharsets.UTF_8), "in.json"));
        assertEquals(1, e.diagnostics().size());
        assertTrue(e.getMessage().startsWith("in.json:"), e.getMessage());
        return e.diagnostics().get(0);
    }

    @Test
    void readsEveryLineOfJsonLines() throws IOException {
        RandomArticles generator = new RandomArticles(7);
        List<Article> written = List.of(generator.next(), generator.next(), generator.next());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Article article : written) {
            JsonExporter.lines().write(article, out);
        }
        List<Article> read = new ArrayList<>();
        int count = READER.readAll(new ByteArrayInputStream(out.toByteArray()), "all.jsonl", read::add);
        assertEquals(3, count);
        assertEquals(written, read);
    }

    @Test
    void readsMinimalMdastFromOtherToolsIgnoringUnknownFields() {
        Article article = READER.read("""
                {"source": {"path": "a.md"},
                 "content": {"type": "root", "position": {"start": {"line": 1}}, "children": [
                   {"type": "heading", "depth": 2, "data": {"id": "x"}, "children": [{"type": "text", "value": "Hi"}]},
                   {"type": "list", "ordered": false, "start": null, "spread": false,
                    "children": [{"type": "listItem", "spread": false, "checked": null, "children": []}]}]}}
                """);
        assertEquals("a.md", article.source().path());
        assertEquals("", article.excerpt());
        assertEquals(2, ((Heading) article.content().children().get(0)).depth());
        assertEquals(1, ((ListBlock) article.content().children().get(1)).start());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        Diagnostic d = failure("{\n  \"source\": {\"path\": \"a\"},\n  \"content\": [1,,2]\n}");
        assertEquals("json-syntax", d.code());
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals(3, d.line());
        assertTrue(d.column() > 1, "column " + d.column());
    }

    @Test
    void wrongShapeNamesTheNodeAndWhereItStarts() {
        Diagnostic d = failure("""
                {"source": {"path": "a"},
                 "content": {"type": "root", "children": [
                    {"type": "heading", "depth": 9, "children": []}]}}
                """);
        assertEquals("json-shape", d.code());
        assertEquals(3, d.line());
        assertTrue(d.message().contains("depth must be 1 to 6"), d.message());
    }

    @Test
    void unknownNodeTypeIsAnError() {
        Diagnostic d = failure("""
                {"source": {"path": "a"}, "content": {"type": "root", "children": [{"type": "footnoteReference"}]}}
                """);
        assertTrue(d.message().contains("unknown node type \"footnoteReference\""), d.message());
    }

    @Test
    void inlineWhereABlockBelongsIsAnError() {
        Diagnostic d = failure("""
                {"source": {"path": "a"}, "content": {"type": "root", "children": [{"type": "text", "value": "x"}]}}
                """);
        assertTrue(d.message().contains("a root cannot hold a text node"), d.message());
    }

    @Test
    void wrongFieldTypesAndMissingFieldsAreErrors() {
        assertTrue(failure("{\"content\": {\"type\": \"root\", \"children\": []}}").message()
                .contains("needs a \"source\""));
        assertTrue(failure("{\"source\": {\"path\": 3}}").message().contains("\"path\" must be a string"));
        assertTrue(failure("{\"source\": {\"path\": \"a\"}, \"metadata\": {\"date\": \"yesterday\"}}").message()
                .contains("ISO-8601"));
        assertTrue(failure("{\"source\": {\"path\": \"a\"}, \"schemaVersion\": 2}").message()
                .contains("schemaVersion 2"));
        assertTrue(failure("[1]").message().contains("must be a JSON object"));
        assertTrue(failure("").message().contains("no JSON value"));
    }

    @Test
    void oneArticleReadRejectsASecondValue() {
        String one = JsonExporter.lines().render(new RandomArticles(3).next());
        Diagnostic d = failure(one + one);
        assertTrue(d.message().contains("more than one JSON value"), d.message());
        assertEquals(2, d.line());
    }
}
