package org.articlekit.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.document.Nodes;
import org.articlekit.parser.ArticleParser;
import org.articlekit.parser.frontmatter.FixtureAccess;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.internal.text.Lines;
import org.articlekit.parser.internal.text.TextDecoder;
import org.junit.jupiter.api.Test;

/** Bytes to text: BOMs, invalid UTF-8, and the line numbering every diagnostic relies on. */
class DecodingTest {

    @Test
    void invalidUtf8BecomesReplacementCharactersWithAWarningNamingTheByteOffset() {
        Article article = ArticleParser.create().parse(FixtureAccess.bytes("invalid-utf8.md"), "bad.md");
        assertEquals("Bad bytes", article.metadata().title());
        assertEquals("ok \uFFFD\uFFFD here", Nodes.text(article.content()).strip());
        Diagnostic d = article.diagnostics().get(0);
        assertEquals("invalid-utf8", d.code());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals(List.of(4, 7), List.of(d.line(), d.column()));
        assertTrue(d.message().contains("byte offset 31") && d.message().contains("2 bad byte sequences"), d.message());
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsNoWarningAndSitsBesideBadBytesCorrectly() {
        Diagnostics none = new Diagnostics();
        assertEquals("a\uFFFDb 中", TextDecoder.decode("a\uFFFDb 中".getBytes(StandardCharsets.UTF_8), none));
        assertEquals(List.of(), none.list());

        Diagnostics some = new Diagnostics();
        byte[] mixed = {'x', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', 'y', (byte) 0xC3, 'z', (byte) 0xE4};
        assertEquals("x\uFFFD\ny\uFFFDz\uFFFD", TextDecoder.decode(mixed, some));
        Diagnostic d = some.list().get(0);
        assertEquals(List.of(2, 2), List.of(d.line(), d.column()));
        assertTrue(d.message().contains("byte offset 6") && d.message().contains("2 bad byte sequences"), d.message());
    }

    @Test
    void utf8BomIsDroppedAndUtf16IsRecognisedByItsBom() {
        Diagnostics none = new Diagnostics();
        assertEquals("a", TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}, none));
        byte[] utf16 = "\uFEFF---\ntitle: 中文\n---\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("---\ntitle: 中文\n---\n", TextDecoder.decode(utf16, none));
        assertEquals(List.of(), none.list());
    }

    @Test
    void linesEndAtCrLfCrOrLfAndAFinalEndStartsNoLine() {
        Lines lines = Lines.of("a\r\nb\rc\nd\n");
        assertEquals(4, lines.count());
        assertEquals(List.of("a", "b", "c", "d"), List.of(lines.line(0), lines.line(1), lines.line(2), lines.line(3)));
        assertEquals("b\nc\n", lines.joined(1, 3));
        assertEquals(3, lines.start(1));
        assertEquals(1, Lines.of("").count());
    }
}
