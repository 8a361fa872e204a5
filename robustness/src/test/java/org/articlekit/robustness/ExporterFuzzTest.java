package org.articlekit.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.ExportException;
import org.articlekit.core.ParseException;
import org.articlekit.exporter.Exporter;
import org.articlekit.parser.ArticleParser;

/**
 * Fuzzes the built-in exporters with the article of fuzzed bytes: each writes it or refuses with
 * {@link ExportException}, and what it writes holds no script, no script URL and no event handler. Without
 * {@code JAZZER_FUZZ} every method replays the seeds in
 * {@code src/test/resources/org/articlekit/robustness/ExporterFuzzTestInputs/} and its own folder below it.
 */
class ExporterFuzzTest {

    private static final ArticleParser PARSER = ArticleParser.create();
    private static final Exporter JSON = Conversion.exporter("json");
    private static final Exporter JSONL = Conversion.exporter("jsonl");
    private static final Exporter MARKDOWN = Conversion.exporter("markdown");
    private static final Exporter TEXT = Conversion.exporter("text");

    /** Every built-in format writes the article or refuses it with {@link ExportException}; nothing else. */
    @FuzzTest(maxDuration = "10m")
    void everyFormatWritesOrRefuses(byte[] input) {
        Article article = parse(input);
        if (article != null) {
            for (Exporter exporter : List.of(JSON, JSONL, MARKDOWN, TEXT)) {
                render(exporter, article);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void json(byte[] input) {
        export(JSON, input);
    }

    @FuzzTest(maxDuration = "10m")
    void jsonl(byte[] input) {
        export(JSONL, input);
    }

    @FuzzTest(maxDuration = "10m")
    void markdown(byte[] input) {
        export(MARKDOWN, input);
    }

    // inputs in text/: found-lookalike-tag-javascript-in-text.html, Jazzer's first finding — "< src=\"javascript:…\">"
    // is text in HTML (a '<' before a space opens no tag); under the look-alike policy plain text shows it verbatim,
    // and SafeOutput only judges the URLs the text lists (LookalikePolicyTest checks the finding in detail)
    @FuzzTest(maxDuration = "10m")
    void text(byte[] input) {
        export(TEXT, input);
    }

    private static void export(Exporter exporter, byte[] input) {
        Article article = parse(input);
        String output = article == null ? null : render(exporter, article);
        if (output != null) {
            SafeOutput.assertSafe("fuzzed input", exporter.name(), output);
        }
    }

    /** The article, or {@code null} when the parser refused the input the documented way. */
    private static Article parse(byte[] input) {
        try {
            return PARSER.parse(input, "fuzz.md");
        } catch (ParseException refused) {
            return null;
        }
    }

    /** The output, or {@code null} when the exporter refused the article the documented way. */
    private static String render(Exporter exporter, Article article) {
        try {
            return exporter.render(article);
        } catch (ExportException refused) {
            return null;
        }
    }
}
