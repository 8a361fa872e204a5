package org.articlekit.exporter.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Delete;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Html;
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

/**
 * Random document trees for the round-trip property: every node type, nested, with text that is hostile to
 * Markdown (syntax characters, backticks, entities, list-like digits, CJK next to punctuation, edge spaces).
 */
final class TreeGenerator {

    private static final String[] TOKENS = {
        "foo", "bar", "baz", "word", "a", "x1", "中文", "汉字", "《书名》", "一本", "日本語", "「括弧」", "。", "，", "：",
        "*", "**", "_", "__", "a_b_c", "[", "]", "(", ")", "[x]", "](", "#", "##", ">", "+", "-", "---", "!", "!", "|",
        "\\", "`", "``", "<", "<div>", "<span>", "</p>", "<!--", "&", "&amp;", "&#123;", "&copy;", "1.", "2)", "10.",
        "~", "~~", "=", "===", ":", "\"", "'", "http://example.com", "a@b.c", "5 * 3", "->", "é", "😀", "€", "©",
        "\u00a0", "\u3000", "$", "%", "^", "{", "}", "@", ";", "?", "/"
    };
    private static final String[] URLS = {
        "http://example.com/", "https://example.org/a b", "/path(1)", "/p)q", "a\\b", "http://x.y/?a=1&b=2",
        "http://x.y/&amp;", "", "<x>", "http://例子.cn/路径", "x|y", "#frag", "mailto:a@b.c", "(", "a\"b"
    };
    private static final String[] TITLES = {null, null, "t", "a \"q\"", "back\\slash", "&copy;", "", "(p)"};
    private static final String[] LANGS = {null, null, "java", "c++", "a`b", "x&amp;y", "\\*"};
    private static final String[] CODE_LINES = {
        "int x = 1;", "```", "~~~~", "    indented", "", "<div>", "  ", "# not a heading", "- item", "\\", "`x`"
    };
    private static final String[] HTML_BLOCKS = {
        "<div class=\"note\">raw</div>", "<!-- comment -->", "<table><tr><td>x</td></tr></table>"
    };
    private static final String[] HTML_INLINES = {"<kbd>", "</kbd>", "<span class=\"x\">", "</span>", "<sup>", "<br/>"};

    private final Random random;

    TreeGenerator(long seed) {
        this.random = new Random(seed);
    }

    List<Block> blocks(int depth) {
        int n = random.nextInt(depth <= 0 ? 3 : 5);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(block(depth));
        }
        return out;
    }

    private Block block(int depth) {
        int choice = random.nextInt(depth <= 0 ? 6 : 11);
        return switch (choice) {
            case 0, 1, 2 -> paragraph();
            case 3 -> new Heading(1 + random.nextInt(6), inlines(2, false));
            case 4 -> code();
            case 5 -> random.nextBoolean() ? new ThematicBreak() : embed();
            case 6, 7 -> list(depth - 1);
            case 8 -> new Blockquote(blocks(depth - 1));
            case 9 -> table();
            default -> random.nextInt(3) == 0 ? new Html(pick(HTML_BLOCKS)) : paragraph();
        };
    }

    /**
     * A paragraph. Known limit, not generated: a paragraph whose first line is nothing but a raw HTML tag reads back
     * as an HTML block (same HTML, no {@code <p>}), as CommonMark has no way to say otherwise.
     */
    private Paragraph paragraph() {
        List<Inline> content = inlines(3, false);
        if (!(content.get(0) instanceof Text t && !t.value().isBlank()) && content.stream().anyMatch(i -> i instanceof Html)) {
            content.add(0, new Text("p "));
        }
        return new Paragraph(content);
    }

    private Block embed() {
        Embed.Kind kind = Embed.Kind.values()[random.nextInt(4)];
        return new Embed(kind, pick(URLS), random.nextBoolean() ? null : text(), null, null);
    }

    private Code code() {
        int lines = random.nextInt(4);
        List<String> value = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            value.add(pick(CODE_LINES));
        }
        String meta = random.nextInt(4) == 0 ? "{1,3}" : null;
        return new Code(pick(LANGS), meta, String.join("\n", value));
    }

    private ListBlock list(int depth) {
        boolean ordered = random.nextBoolean();
        int start = random.nextInt(10) == 0 ? Integer.MAX_VALUE : random.nextInt(12);
        int n = random.nextInt(4);
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Block> children = blocks(depth);
            Boolean checked = null;
            if (random.nextInt(3) == 0) {
                children.add(0, new Paragraph(List.of(new Text("task " + i))));
                checked = random.nextBoolean();
            }
            items.add(new ListItem(checked, children));
        }
        return new ListBlock(ordered, ordered ? start : 1, random.nextBoolean(), items);
    }

    private Table table() {
        int columns = 1 + random.nextInt(4);
        List<Align> align = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            align.add(Align.values()[random.nextInt(4)]);
        }
        List<TableRow> rows = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int r = 0; r < n; r++) {
            List<TableCell> cells = new ArrayList<>();
            int count = random.nextInt(5) == 0 ? random.nextInt(columns + 1) : columns;
            for (int c = 0; c < count; c++) {
                cells.add(TableCell.of(inlines(2, false)));
            }
            rows.add(new TableRow(cells));
        }
        return new Table(align, random.nextBoolean(), rows);
    }

    List<Inline> inlines(int depth, boolean inLink) {
        int n = 1 + random.nextInt(4);
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(inline(depth, inLink));
        }
        return out;
    }

    private Inline inline(int depth, boolean inLink) {
        int choice = random.nextInt(depth <= 0 ? 4 : 12);
        return switch (choice) {
            case 0, 1, 2 -> new Text(text());
            case 3 -> random.nextInt(4) == 0 ? new Break() : new InlineCode(code(random.nextInt(4)));
            case 4, 5 -> new Emphasis(inlines(depth - 1, inLink));
            case 6, 7 -> new Strong(inlines(depth - 1, inLink));
            case 8 -> new Delete(inlines(depth - 1, inLink));
            case 9 -> inLink ? new Text(text()) : new Link(pick(URLS), pick(TITLES), inlines(depth - 1, true));
            case 10 -> new Image(pick(URLS), text(), pick(TITLES), null, null);
            default -> random.nextBoolean() ? new Html(pick(HTML_INLINES)) : new Text(text());
        };
    }

    private String code(int kind) {
        return switch (kind) {
            case 0 -> "x`y";
            case 1 -> " a ";
            case 2 -> "`` ` ``" + text();
            default -> text();
        };
    }

    String text() {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(4) == 0) {
            out.append(' ');
        }
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextBoolean()) {
                out.append(' ');
            }
            out.append(pick(TOKENS));
        }
        if (random.nextInt(4) == 0) {
            out.append(' ');
        }
        return out.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
