package org.articlekit.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.parser.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * The project's policy for invalid UTF-8: the text is decoded with U+FFFD in place of every bad sequence, and a
 * warning names the byte offset (in the file as given, BOM included) of the first bad byte.
 */
class InvalidUtf8Test {

    private static final ArticleParser PARSER = ArticleParser.create();

    @Test
    void badBytesBecomeReplacementCharactersWithAWarningNamingTheOffset() {
        Article article = PARSER.parse(HostileInputs.invalidUtf8(), "bad.md");

        assertWarningNamesOffset(article.diagnostics(), 13);
        String text = Conversion.exporter("text").render(article);
        assertTrue(text.contains("\uFFFD"), () -> "no U+FFFD in " + text);
        assertTrue(text.contains("validword") && text.contains("after"), () -> "text around the bad bytes lost: " + text);
    }

    @Test
    void theOffsetCountsTheByteOrderMark() {
        byte[] bytes = HostileInputs.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                HostileInputs.ascii("<p>ok "), new byte[] {(byte) 0xFF}, HostileInputs.ascii("</p>"));

        assertWarningNamesOffset(PARSER.parse(bytes, "bom.md").diagnostics(), 9);
    }

    @Test
    void badBytesInTheFrontMatterAreReportedToo() {
        byte[] bytes = HostileInputs.concat(HostileInputs.ascii("---\ntitle: caf"), new byte[] {(byte) 0xE9},
                HostileInputs.ascii("\n---\n<p>body</p>"));

        Article article = PARSER.parse(bytes, "fm.md");

        assertWarningNamesOffset(article.diagnostics(), 14);
        assertTrue(article.metadata().title() != null && article.metadata().title().contains("\uFFFD"),
                () -> "title: " + article.metadata().title());
    }

    @Test
    void validUtf8GivesNoWarning() {
        Article article = PARSER.parse(HostileInputs.ascii("<p>caf\u00e9 \u4e2d\u6587 \uD83D\uDE00</p>"), "ok.md");

        assertTrue(article.diagnostics().stream().noneMatch(InvalidUtf8Test::isAboutEncoding),
                () -> "unexpected: " + article.diagnostics());
    }

    private static void assertWarningNamesOffset(List<Diagnostic> diagnostics, int offset) {
        Pattern number = Pattern.compile("(?<![0-9])" + offset + "(?![0-9])");
        assertTrue(diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING
                        && isAboutEncoding(d) && number.matcher(d.message()).find()),
                () -> "no encoding warning naming byte offset " + offset + " among " + diagnostics);
    }

    private static boolean isAboutEncoding(Diagnostic d) {
        String words = (d.code() + " " + d.message()).toLowerCase(java.util.Locale.ROOT);
        return words.contains("utf") || words.contains("encod") || words.contains("byte");
    }
}
