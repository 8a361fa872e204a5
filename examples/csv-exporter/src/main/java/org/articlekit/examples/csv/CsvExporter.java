package org.articlekit.examples.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.IsoDates;
import org.articlekit.core.Metadata;
import org.articlekit.core.Stats;
import org.articlekit.exporter.Exporter;

/**
 * Writes an article's metadata and stats as one RFC 4180 CSV record (CRLF line ends, fields quoted when they hold
 * a comma, a quote or a line break), after a header record unless told not to. Immutable and thread-safe.
 */
public final class CsvExporter implements Exporter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("path", "title", "date", "updated", "authors", "categories",
            "tags", "lang", "draft", "words", "characters", "images", "links");

    private final boolean header;
    private final String listSeparator;

    /**
     * @param header        whether each output starts with the header record
     * @param listSeparator what joins the items of authors, categories and tags within one cell
     */
    public CsvExporter(boolean header, String listSeparator) {
        this.header = header;
        this.listSeparator = listSeparator;
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8; header=" + (header ? "present" : "absent");
    }

    /** Without a header, the records of many articles form one CSV file: the command line may write them so. */
    @Override
    public boolean concatenable() {
        return !header;
    }

    @Override
    public void write(Article article, OutputStream out) throws IOException {
        StringBuilder csv = new StringBuilder();
        if (header) {
            record(csv, COLUMNS);
        }
        Metadata m = article.metadata();
        Stats stats = article.stats();
        record(csv, List.of(article.source().path(), text(m.title()), date(m.date()), date(m.updated()),
                String.join(listSeparator, m.authors()), String.join(listSeparator, m.categories()),
                String.join(listSeparator, m.tags()), text(m.lang()), m.draft() == null ? "" : m.draft().toString(),
                Integer.toString(stats.words()), Integer.toString(stats.characters()),
                Integer.toString(stats.images()), Integer.toString(stats.links())));
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void record(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            field(csv, fields.get(i));
        }
        csv.append("\r\n");
    }

    private static void field(StringBuilder csv, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (!quote) {
            csv.append(value);
            return;
        }
        csv.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(OffsetDateTime date) {
        return date == null ? "" : IsoDates.format(date);
    }
}
