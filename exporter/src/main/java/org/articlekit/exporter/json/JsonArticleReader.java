package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.ParseException;

/**
 * Reads what {@link JsonExporter} writes back into {@link Article}s, so that pipelines can filter, transform and
 * re-export a dataset. {@code Article → JSON → Article} gives an equal article; {@code stats} are derived, so they
 * are not read. Fields the model does not have ({@code position}, {@code data} …) are ignored.
 *
 * <pre>{@code
 * JsonArticleReader reader = JsonArticleReader.create();
 * Article article = reader.read(Files.readAllBytes(path), path.toString());
 * try (InputStream in = Files.newInputStream(Path.of("all.jsonl"))) {
 *     reader.readAll(in, "all.jsonl", a -> System.out.println(a.metadata().title()));
 * }
 * }</pre>
 *
 * <p>Malformed JSON, or JSON not shaped as the contract, is a {@link ParseException} whose diagnostic
 * ({@code json-syntax} or {@code json-shape}) names the line and column. Immutable and thread-safe; no depth
 * limit, as nothing here recurses.
 */
public final class JsonArticleReader {

    private static final JsonArticleReader INSTANCE = new JsonArticleReader();

    private JsonArticleReader() {
    }

    /** The reader. */
    public static JsonArticleReader create() {
        return INSTANCE;
    }

    /**
     * Reads one article from a JSON text.
     *
     * @throws ParseException when it is not one article object of the contract
     */
    public Article read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), "-");
    }

    /**
     * Reads one article from UTF-8 JSON; {@code name} (a file name, say) only labels error messages.
     *
     * @throws ParseException when it is not one article object of the contract
     */
    public Article read(byte[] json, String name) {
        try {
            return read(new ByteArrayInputStream(json), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    /**
     * Reads exactly one article object from the stream, which it leaves open.
     *
     * @throws IOException    when the stream fails
     * @throws ParseException when it is not one article object of the contract
     */
    public Article read(InputStream in, String name) throws IOException {
        Article[] one = new Article[1];
        int count = readAll(in, name, article -> {
            if (one[0] != null) {
                throw new Mismatched("more than one JSON value; JSON Lines are read with readAll");
            }
            one[0] = article;
        });
        if (count == 0) {
            throw failure(name, "json-syntax", "there is no JSON value", 1, 1);
        }
        return one[0];
    }

    /**
     * Reads every article object of the stream, one after another — JSON Lines, or concatenated objects — handing
     * each to {@code action} as soon as it is read, so a dataset of any size streams through.
     *
     * @return how many articles were read
     * @throws IOException    when the stream fails
     * @throws ParseException at the first value that is not an article object of the contract
     */
    public int readAll(InputStream in, String name, Consumer<? super Article> action) throws IOException {
        Objects.requireNonNull(action, "action");
        int count = 0;
        try (JsonParser p = JsonText.FACTORY.createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                JsonLocation at = p.currentTokenLocation();
                if (token != JsonToken.START_OBJECT) {
                    throw failure(name, "json-shape", "an article must be a JSON object", at.getLineNr(),
                            at.getColumnNr());
                }
                Object value = JsonTree.read(p);
                Article article;
                try {
                    article = ArticleJsonMapper.article((JsonTree.JsonObject) value);
                } catch (JsonShape.Mismatch e) {
                    throw failure(name, "json-shape", e.getMessage(), e.line, e.column);
                }
                try {
                    action.accept(article);
                } catch (Mismatched e) {
                    throw failure(name, "json-shape", e.getMessage(), at.getLineNr(), at.getColumnNr());
                }
                count++;
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw failure(name, "json-syntax", e.getOriginalMessage(), at == null ? 0 : Math.max(0, at.getLineNr()),
                    at == null ? 0 : Math.max(0, at.getColumnNr()));
        }
        return count;
    }

    private static ParseException failure(String name, String code, String message, int line, int column) {
        return new ParseException(name, List.of(Diagnostic.error(code, message, line, column)));
    }

    /** Raised inside {@link #read(InputStream, String)}'s consumer when a second value follows the first. */
    private static final class Mismatched extends RuntimeException {
        Mismatched(String message) {
            super(message, null, false, false);
        }
    }
}
