package org.articlekit.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.Exporter;
import org.articlekit.exporter.ExporterRegistry;
import org.junit.jupiter.api.Test;

/** The example exporter on its own: registration, columns, RFC 4180 quoting, options. */
class CsvExporterTest {

    private static final Article ARTICLE = new Article(Source.of("posts/a,b.md"),
            Metadata.builder().title("Say \"hi\", world").date(OffsetDateTime.of(2021, 6, 9, 5, 40, 0, 0,
                    ZoneOffset.UTC)).authors(List.of("Ada", "Charles")).tags(List.of("x")).draft(true).build(),
            new Document(List.of(new Paragraph(List.of(new Text("Two words "),
                    new Link("https://example.org", null, List.of(new Text("here"))))))),
            "", List.of());

    @Test
    void registersThroughServiceLoader() {
        ExporterRegistry registry = ExporterRegistry.load(getClass().getClassLoader());
        assertEquals(CsvExporterProvider.class, registry.require("csv").getClass());
    }

    @Test
    void writesHeaderAndOneQuotedRecord() {
        Exporter csv = new CsvExporterProvider().create(ExportOptions.DEFAULTS);
        assertEquals("path,title,date,updated,authors,categories,tags,lang,draft,words,characters,images,links\r\n"
                + "\"posts/a,b.md\",\"Say \"\"hi\"\", world\",2021-06-09T05:40:00Z,,Ada; Charles,,x,,true,3,12,0,1\r\n",
                csv.render(ARTICLE));
        assertFalse(csv.concatenable());
    }

    @Test
    void withoutHeaderRecordsConcatenate() {
        Exporter csv = new CsvExporterProvider().create(ExportOptions.builder().put("header", "false")
                .put("list-separator", "|").build());
        String row = csv.render(ARTICLE);
        assertTrue(row.startsWith("\"posts/a,b.md\""), row);
        assertTrue(row.contains(",Ada|Charles,"), row);
        assertTrue(csv.concatenable());
    }
}
