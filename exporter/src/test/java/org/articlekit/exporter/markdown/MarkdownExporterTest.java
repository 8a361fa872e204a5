package org.articlekit.exporter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.ExportException;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Delete;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;
import org.articlekit.core.document.Text;
import org.articlekit.core.document.ThematicBreak;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.ExporterRegistry;
import org.junit.jupiter.api.Test;

/** What the Markdown exporter writes for each kind of node, option and hard case of issue 5. */
class MarkdownExporterTest {

    private static String render(List<Block> blocks) {
        return render(blocks, Map.of());
    }

    private static String render(List<Block> blocks, Map<String, String> options) {
        Article article = new Article(Source.of("t.md"), Metadata.EMPTY, new Document(blocks), "", List.of());
        return new MarkdownExporter(ExportOptions.of(options)).render(article);
    }

    private static Paragraph p(Inline... inlines) {
        return new Paragraph(List.of(inlines));
    }

    private static Text t(String value) {
        return new Text(value);
    }

    /** Asserts the output and that commonmark-java reads it back as the same document. */
    private static void assertWrites(String expected, List<Block> blocks) {
        String markdown = render(blocks);
        assertEquals(expected, markdown);
        assertEquals(Canonical.of(blocks), CommonMarkReader.read(markdown), "read back");
    }

    @Test
    void strongNextToCjkPunctuationStaysStrongAsHtml() {
        assertWrites("这是一本<strong>《深入理解计算机系统》</strong>的读书笔记\n",
                List.of(p(t("这是一本"), new Strong(List.of(t("《深入理解计算机系统》"))), t("的读书笔记"))));
        assertWrites("<strong>《书名》</strong>一本\n", List.of(p(new Strong(List.of(t("《书名》"))), t("一本"))));
    }

    @Test
    void emphasisThatFlanksUsesDelimiters() {
        assertWrites("程序员需要了解*硬件*如何执行程序。\n",
                List.of(p(t("程序员需要了解"), new Emphasis(List.of(t("硬件"))), t("如何执行程序。"))));
        assertWrites("a **b** c *d* ~~e~~\n", List.of(p(t("a "), new Strong(List.of(t("b"))), t(" c "),
                new Emphasis(List.of(t("d"))), t(" "), new Delete(List.of(t("e"))))));
        // spaces at the edges move outside the delimiters, where "* a *" would not be emphasis
        assertWrites("x *a* y\n", List.of(p(t("x"), new Emphasis(List.of(t(" a "))), t("y"))));
        // a word-internal underscore cannot open emphasis: the default * can
        assertWrites("snake*case*\n", List.of(p(t("snake"), new Emphasis(List.of(t("case"))))));
    }

    @Test
    void aLessThanThatCouldOpenATagIsWrittenAsAnEntityEverywhereEntitiesAreRead() {
        assertWrites("&lt;script>alert(1)&lt;/script> &lt;!-- &lt;?x &lt;https://a.example> 1 < 2 <\n",
                List.of(p(t("<script>alert(1)</script> <!-- <?x <https://a.example> 1 < 2 <"))));
        assertWrites("[x](https://a.example/?q=&lt;script \"&lt;b>title\")\n",
                List.of(p(new Link("https://a.example/?q=<script", "<b>title", List.of(t("x"))))));
    }

    @Test
    void proseIsEscapedOnlyWhereItWouldChangeMeaning() {
        assertWrites("Special characters stay literal: 5 * 3 = 15, a_b_c, [not a link], &lt;tag> and 1. at a line "
                + "start. C:\\Users, 3.5 - 2, a+b, #hash, x > y, AT&T, &amp \\&amp; \\*emph\\* \\`code\\`\n",
                List.of(p(t("Special characters stay literal: 5 * 3 = 15, a_b_c, [not a link], <tag> and 1. at a "
                        + "line start. C:\\Users, 3.5 - 2, a+b, #hash, x > y, AT&T, &amp &amp; *emph* `code`"))));
        assertWrites("1\\. not a list\n\n\\# not a heading\n\n\\- not an item\n\n\\> not a quote\n\n\\+ plus\n\n"
                + "\\[x] not a task\n", List.of(p(t("1. not a list")), p(t("# not a heading")),
                p(t("- not an item")), p(t("> not a quote")), p(t("+ plus")), p(t("[x] not a task"))));
        assertWrites("-5 degrees, #hashtag and +1\n", List.of(p(t("-5 degrees, #hashtag and +1"))));
        assertWrites("\\[a\\](b) and \\![c](d)\n",
                List.of(p(t("[a](b) and !"), new Link("d", null, List.of(t("c"))))));
    }

    @Test
    void hardBreaksUseABackslashAndTheNextLineIsEscapedAsALineStart() {
        assertWrites("Line one\\\n\\# two\n", List.of(p(t("Line one"), new Break(), t("# two"))));
        // breaks at the edges of a paragraph show nothing and are dropped
        assertWrites("x\n", List.of(p(new Break(), t("x"), new Break())));
    }

    @Test
    void codeFencesOutgrowTheBackticksInsideAndCarryTheLanguage() {
        assertWrites("```bash\nset -e\n```\n", List.of(new Code("bash", null, "set -e")));
        assertWrites("````md\n```\ninner\n```\n````\n", List.of(new Code("md", null, "```\ninner\n```")));
        assertWrites("~~~a`b\nx\n~~~\n", List.of(new Code("a`b", null, "x")));
        assertWrites("``a`b`` `` `x `` `  a  `\n", List.of(p(new InlineCode("a`b"), t(" "), new InlineCode("`x"),
                t(" "), new InlineCode(" a "))));
        assertEquals("~~~\ncode\n~~~\n", render(List.of(new Code(null, null, "code")), Map.of("fence", "~~~")));
    }

    @Test
    void tablesArePipeTablesWithAlignmentAndEscapedPipes() {
        Table table = new Table(List.of(Align.LEFT, Align.RIGHT, Align.CENTER), true, List.of(
                row("City", "Population", "Country"), row("Pipe | city", "1", "Nowhere")));
        assertWrites("| City | Population | Country |\n| :--- | ---: | :---: |\n| Pipe \\| city | 1 | Nowhere |\n",
                List.of(table));
        Table headless = new Table(List.of(Align.NONE, Align.NONE), false, List.of(row("a", "b"), row("c", "d")));
        assertWrites("| a | b |\n| --- | --- |\n| c | d |\n", List.of(headless));
        Table breaks = new Table(List.of(Align.NONE), true, List.of(row("h"),
                new TableRow(List.of(TableCell.of(List.of(t("one"), new Break(), t("two")))))));
        assertWrites("| h |\n| --- |\n| one<br>two |\n", List.of(breaks));
    }

    @Test
    void aTableWithSpansIsWrittenAsEscapedHtml() {
        Table spans = new Table(List.of(Align.NONE, Align.RIGHT), true, List.of(
                new TableRow(List.of(new TableCell(List.of(t("a <b> & c")), 2, 1))),
                new TableRow(List.of(TableCell.of(List.of(new Strong(List.of(t("x"))))), TableCell.of(List.of(
                        new Link("http://e.org/?a=1&b=\"2\"", null, List.of(t("y")))))))));
        String markdown = render(List.of(spans));
        assertEquals("<table>\n<thead>\n<tr><th colspan=\"2\">a &lt;b&gt; &amp; c</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td><strong>x</strong></td><td align=\"right\"><a href=\"http://e.org/?a=1&amp;b=&quot;2&quot;\">"
                + "y</a></td></tr>\n</tbody>\n</table>\n", markdown);
        assertTrue(CommonMarkReader.read(markdown).startsWith("HB[<table>"), "one HTML block");
    }

    @Test
    void imagesAndLinksKeepUrlsAndTitlesExactly() {
        assertWrites("![A photo](https://example.org/photo.jpg \"The \\\"title\\\"\")\n\nnext\n",
                List.of(p(new Image("https://example.org/photo.jpg", "A photo", "The \"title\"", null, null)),
                        p(t("next"))));
        assertWrites("[a](<https://example.org/a b>) [b](/p(1)) [c](</p)q>) [d](<>)\n", List.of(p(
                new Link("https://example.org/a b", null, List.of(t("a"))), t(" "),
                new Link("/p(1)", null, List.of(t("b"))), t(" "),
                new Link("/p)q", null, List.of(t("c"))), t(" "), new Link("", null, List.of(t("d"))))));
    }

    @Test
    void embedsAreALinkLineOrHtml() {
        Embed video = new Embed(Embed.Kind.IFRAME, "//www.youtube.com/embed/x", "A video", 560, 315);
        assertWrites("[embed: A video](//www.youtube.com/embed/x)\n", List.of(video));
        assertEquals("<iframe src=\"//www.youtube.com/embed/x\" title=\"A video\" width=\"560\" height=\"315\">\n"
                + "</iframe>\n", render(List.of(video), Map.of("embed", "html")));
    }

    @Test
    void listsNestTaskItemsAndAdjacentListsStayApart() {
        ListBlock nested = new ListBlock(true, 3, false, List.of(
                new ListItem(null, List.of(p(t("Install")))),
                new ListItem(null, List.of(p(t("Write:")), ListBlock.of(false, 1, List.of(
                        new ListItem(null, List.of(p(t("name")))), new ListItem(null, List.of(p(t("list"))))))))));
        ListBlock tasks = ListBlock.of(false, 1, List.of(new ListItem(true, List.of(p(t("done")))),
                new ListItem(false, List.of(p(t("todo"))))));
        ListBlock more = ListBlock.of(false, 1, List.of(new ListItem(null, List.of(p(t("other"))))));
        assertWrites("3. Install\n4. Write:\n   - name\n   - list\n\n- [x] done\n- [ ] todo\n\n* other\n",
                List.of(nested, tasks, more));
    }

    @Test
    void quotesHeadingsAndBreaks() {
        assertWrites("> Make is the tool.\n>\n> > nested\n\n## Steps #\\#\n\n---\n\n###### h\n",
                List.of(new Blockquote(List.of(p(t("Make is the tool.")), new Blockquote(List.of(p(t("nested")))))),
                        new Heading(2, List.of(t("Steps ##"))), new ThematicBreak(), new Heading(6, List.of(t("h")))));
        assertEquals("***\n\nx\n", render(List.of(new ThematicBreak(), p(t("x")))), "--- first would be front matter");
    }

    @Test
    void optionsSpellTheSyntaxTurndownStyle() {
        List<Block> blocks = List.of(new Heading(1, List.of(t("Title"))), new Heading(3, List.of(t("Sub"))),
                p(new Emphasis(List.of(t("em"))), t(" "), new Strong(List.of(t("strong"))), t(" "),
                        new Link("http://a.b/", "T", List.of(t("link")))),
                ListBlock.of(false, 1, List.of(new ListItem(null, List.of(p(t("item")))))),
                new Code(null, null, "x"));
        String markdown = render(blocks, Map.of("heading-style", "setext", "em-delimiter", "_",
                "strong-delimiter", "__", "bullet", "+", "fence", "~~~", "link-style", "referenced"));
        assertEquals("Title\n=====\n\n### Sub\n\n_em_ __strong__ [link][1]\n\n+ item\n\n~~~\nx\n~~~\n\n"
                + "[1]: http://a.b/ \"T\"\n", markdown);
        assertEquals(Canonical.of(blocks), CommonMarkReader.read(markdown));
    }

    @Test
    void badOptionsAreRefusedNamingTheOption() {
        ExportException e = assertThrows(ExportException.class,
                () -> new MarkdownExporter(ExportOptions.of(Map.of("bullet", "x"))));
        assertTrue(e.getMessage().contains("bullet=x"), e.getMessage());
        assertThrows(ExportException.class, () -> new MarkdownExporter(ExportOptions.of(Map.of("width", "-3"))));
        assertThrows(ExportException.class,
                () -> new MarkdownExporter(ExportOptions.of(Map.of("front-matter", "toml"))));
    }

    @Test
    void wrappingBreaksOnlyAtSpacesOutsideCjkLinksAndBlockSyntax() {
        String text = "The quick brown fox jumps over the lazy dog and then 中文 中文 字字 and - dash 1. two ";
        List<Block> blocks = List.of(p(t(text), new Link("http://example.org/a long url", null,
                List.of(t("link text that is long"))), t(" end")));
        String markdown = render(blocks, Map.of("width", "20"));
        assertEquals(Canonical.of(blocks), CommonMarkReader.read(markdown));
        for (String line : markdown.split("\n")) {
            assertTrue(!line.startsWith("- ") && !line.startsWith("1. "), "no block syntax at a line start: " + line);
        }
        assertTrue(markdown.contains("中文 中文 字字"), "no line break between CJK characters: " + markdown);
        assertTrue(markdown.contains("[link text that is long](<http://example.org/a long url>)"), markdown);
        assertTrue(markdown.lines().filter(l -> !l.contains("](")).allMatch(l -> l.length() <= 20), markdown);
        assertEquals(text + "[link text that is long](<http://example.org/a long url>) end\n",
                render(blocks), "no wrapping by default");
    }

    @Test
    void outputEndsWithExactlyOneLineFeed() {
        assertEquals("\n", render(List.of()));
        assertEquals("x\n", render(List.of(p(t("x")), p(t(" ")))));
    }

    @Test
    void deepTreesAreRefusedWithAnExportExceptionNotAStackOverflow() {
        Block quote = p(t("deep"));
        for (int i = 0; i < 100_000; i++) {
            quote = new Blockquote(List.of(quote));
        }
        List<Block> deepQuotes = List.of(quote);
        assertThrows(ExportException.class, () -> render(deepQuotes));
        Inline emphasis = t("deep");
        for (int i = 0; i < 100_000; i++) {
            emphasis = i % 2 == 0 ? new Emphasis(List.of(emphasis, t("x"))) : new Strong(List.of(emphasis));
        }
        List<Block> deepInlines = List.of(p(emphasis));
        assertThrows(ExportException.class, () -> render(deepInlines));
        Block fine = p(t("ok"));
        for (int i = 0; i < 100; i++) {
            fine = new Blockquote(List.of(fine));
        }
        assertTrue(render(List.of(fine)).endsWith("> ok\n"));
    }

    @Test
    void theDeepestTreeAcceptedFitsASmallThreadStack() throws InterruptedException {
        // 500 levels of quotes and lists, then inlines: just under the bound, on a 512 KB stack
        Inline inline = t("deep");
        for (int i = 0; i < 250; i++) {
            inline = i % 3 == 0 ? new Emphasis(List.of(inline)) : i % 3 == 1 ? new Strong(List.of(inline))
                    : new Link("u" + i, null, List.of(inline, t("x")));
        }
        Block block = p(inline);
        for (int i = 0; i < 80; i++) {
            block = i % 2 == 0 ? new Blockquote(List.of(block))
                    : ListBlock.of(false, 1, List.of(new ListItem(null, List.of(block))));
        }
        List<Block> blocks = List.of(block);
        Throwable[] failure = new Throwable[1];
        String[] out = new String[1];
        Thread thread = new Thread(null, () -> {
            try {
                out[0] = render(blocks);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 512 * 1024);
        thread.start();
        thread.join();
        assertEquals(null, failure[0]);
        assertTrue(out[0].contains("deep"));
    }

    @Test
    void aLargeDocumentIsWrittenInLinearTime() {
        List<Inline> inlines = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            inlines.add(t("word " + i + " "));
            inlines.add(new Strong(List.of(t("bold"))));
            inlines.add(t(" 中文 "));
        }
        List<Block> blocks = List.of(p(inlines.toArray(new Inline[0])));
        long start = System.nanoTime();
        String markdown = render(blocks, Map.of("width", "80"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(markdown.length() > 2_000_000);
        assertTrue(millis < 20_000, "took " + millis + " ms");
    }

    @Test
    void theProviderIsFoundByNameAndAlias() {
        ExporterRegistry registry = ExporterRegistry.load(getClass().getClassLoader());
        assertEquals("markdown", registry.require("md").name());
        assertEquals("md", registry.require("markdown").create(ExportOptions.DEFAULTS).extension());
        assertTrue(registry.require("md").optionHelp().stream().anyMatch(h -> h.startsWith("width:")));
    }

    private static TableRow row(String... cells) {
        List<TableCell> out = new ArrayList<>();
        for (String cell : cells) {
            out.add(TableCell.of(List.of(t(cell))));
        }
        return new TableRow(out);
    }
}
