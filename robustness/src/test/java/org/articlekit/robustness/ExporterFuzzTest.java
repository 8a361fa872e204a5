package org.articlekit.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.articlekit.core.Article;
import org.articlekit.core.ExportException;
import org.articlekit.core.ParseException;
import org.articlekit.exporter.Exporter;
import org.articlekit.parser.ArticleParser;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes each built-in exporter with the article of fuzzed bytes: it writes it or refuses with
 * {@link ExportException}, and what it writes holds no script, no script URL and no event handler. Without
 * {@code JAZZER_FUZZ} each method replays its seed corpus in
 * {@code src/test/resources/org/articlekit/robustness/ExporterFuzzTestInputs/<method>/}.
 */
class ExporterFuzzTest {

    private static final ArticleParser PARSER = ArticleParser.create();
    private static final Exporter JSON = Conversion.exporter("json");
    private static final Exporter JSONL = Conversion.exporter("jsonl");
    private static final Exporter MARKDOWN = Conversion.exporter("markdown");
    private static final Exporter TEXT = Conversion.exporter("text");

    // the skeleton writes the javascript: URLs the skeleton parser keeps (seed script-urls.html)
    @Tag("awaiting-rewrite")
    @FuzzTest(maxDuration = "10m")
    void json(byte[] input) {
        export(JSON, input);
    }

    // the skeleton writes the javascript: URLs the skeleton parser keeps (seed script-urls.html)
    @Tag("awaiting-rewrite")
    @FuzzTest(maxDuration = "10m")
    void jsonl(byte[] input) {
        export(JSONL, input);
    }

    // the skeleton writes the javascript: URLs the skeleton parser keeps (seed script-urls.html)
    @Tag("awaiting-rewrite")
    @FuzzTest(maxDuration = "10m")
    void markdown(byte[] input) {
        export(MARKDOWN, input);
    }

    @FuzzTest(maxDuration = "10m")
    void text(byte[] input) {
        export(TEXT, input);
    }

    private static void export(Exporter exporter, byte[] input) {
        Article article;
        try {
            article = PARSER.parse(input, "fuzz.md");
        } catch (ParseException refused) {
            return;
        }
        String output;
        try {
            output = exporter.render(article);
        } catch (ExportException refused) {
            return;
        }
        SafeOutput.assertSafe("fuzzed input", exporter.name(), output);
    }
}
