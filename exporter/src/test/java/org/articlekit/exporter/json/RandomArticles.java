package org.articlekit.exporter.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.articlekit.core.Article;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.FrontMatter;
import org.articlekit.core.FrontMatterFormat;
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
 * Generates articles from a seeded {@link Random}: every block and inline type, every optional field both set and
 * unset, awkward strings (quotes, backslashes, control characters, CJK, emoji, RTL), front matter with every value
 * type nested. Values are canonical where JSON cannot tell types apart: an integer that fits a long is a Long, a
 * BigDecimal never has the text of a Double, an unordered list starts at 1.
 */
final class RandomArticles {

    private static final String[] WORDS = {"a", "article", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak",
        "控制", "漢字かなカナ", "한국어", "😀 emoji", "עברית", "ctrl\u0001\u001f", "</script>", "&amp;", "  spaced  ",
        "https://example.org/a?b=c&d", "", "\u2028sep\u2029", "NaN", "null", "é\u0301"};

    private final Random random;

    RandomArticles(long seed) {
        this.random = new Random(seed);
    }

    Article next() {
        FrontMatterFormat format = pick(FrontMatterFormat.values());
        return new Article(new Source(word() + "/" + word() + ".md", format), metadata(), document(),
                random.nextBoolean() ? "" : sentence(), diagnostics());
    }

    private Metadata metadata() {
        Metadata.Builder b = Metadata.builder();
        if (random.nextInt(4) == 0) {
            return b.build();
        }
        return b.title(maybe(this::sentence)).date(maybe(this::date)).updated(maybe(this::date))
                .authors(words(3)).categories(words(3)).tags(words(4)).cover(maybe(this::url))
                .thumbnail(maybe(this::url)).summary(maybe(this::sentence)).lang(maybe(() -> pick("en", "zh-CN", "ja")))
                .draft(random.nextInt(3) == 0 ? null : random.nextBoolean()).slug(maybe(this::word))
                .permalink(maybe(this::url)).frontMatter(new FrontMatter(map(3))).build();
    }

    private OffsetDateTime date() {
        LocalDateTime local = LocalDateTime.of(1970 + random.nextInt(80), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60),
                random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
        ZoneOffset offset = random.nextBoolean() ? ZoneOffset.UTC
                : ZoneOffset.ofTotalSeconds(60 * 15 * (random.nextInt(105) - 48));
        return OffsetDateTime.of(local, offset);
    }

    private Map<String, Object> map(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            map.put(word() + i, value(depth));
        }
        return map;
    }

    private Object value(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 8);
        return switch (kind) {
            case 0 -> sentence();
            case 1 -> random.nextBoolean();
            case 2 -> random.nextLong();
            case 3 -> BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(1 + random.nextInt(1000)))
                    .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
            case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            case 5 -> decimal();
            case 6 -> null;
            case 7 -> date().toString();
            case 8 -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    list.add(value(depth - 1));
                }
                yield list;
            }
            default -> map(depth - 1);
        };
    }

    /** A BigDecimal whose text is not what a Double would write: trailing zeros or more digits than a double holds. */
    private BigDecimal decimal() {
        BigDecimal d = new BigDecimal(new BigInteger(90, random), 1 + random.nextInt(30));
        return Double.toString(Double.parseDouble(d.toString())).equals(d.toString()) ? d.setScale(d.scale() + 1) : d;
    }

    private Document document() {
        return new Document(blocks(3));
    }

    private List<Block> blocks(int depth) {
        List<Block> blocks = new ArrayList<>();
        int size = random.nextInt(depth > 0 ? 6 : 3);
        for (int i = 0; i < size; i++) {
            blocks.add(block(depth));
        }
        return blocks;
    }

    private Block block(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 6);
        return switch (kind) {
            case 0 -> new Heading(1 + random.nextInt(6), inlines(2));
            case 1 -> new Paragraph(inlines(2));
            case 2 -> new Code(maybe(() -> pick("java", "bash", "c++")), maybe(this::word), sentence());
            case 3 -> new ThematicBreak();
            case 4 -> new Html(pick("<div class=\"x\">", "</div>", "<!-- c -->"));
            case 5 -> new Embed(pick(Embed.Kind.values()), url(), maybe(this::sentence), maybe(this::size),
                    maybe(this::size));
            case 6 -> new Blockquote(blocks(depth - 1));
            case 7 -> list(depth);
            default -> table();
        };
    }

    private ListBlock list(int depth) {
        boolean ordered = random.nextBoolean();
        List<ListItem> items = new ArrayList<>();
        int size = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            items.add(new ListItem(random.nextInt(3) == 0 ? null : random.nextBoolean(), blocks(depth - 1)));
        }
        return new ListBlock(ordered, ordered ? random.nextInt(20) : 1, random.nextBoolean(), items);
    }

    private Table table() {
        int columns = 1 + random.nextInt(4);
        List<Align> align = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            align.add(pick(Align.values()));
        }
        List<TableRow> rows = new ArrayList<>();
        int size = random.nextInt(4);
        for (int r = 0; r < size; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(new TableCell(inlines(1), 1 + (random.nextInt(4) == 0 ? 1 : 0),
                        1 + (random.nextInt(5) == 0 ? 2 : 0)));
            }
            rows.add(new TableRow(cells));
        }
        return new Table(align, random.nextBoolean(), rows);
    }

    private List<Inline> inlines(int depth) {
        List<Inline> inlines = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            inlines.add(inline(depth));
        }
        return inlines;
    }

    private Inline inline(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 5);
        return switch (kind) {
            case 0 -> new Text(sentence());
            case 1 -> new InlineCode(word());
            case 2 -> new Image(url(), sentence(), maybe(this::word), maybe(this::size), maybe(this::size));
            case 3 -> new Break();
            case 4 -> new Html(pick("<kbd>", "</kbd>", "<sup>1</sup>"));
            case 5 -> new Emphasis(inlines(depth - 1));
            case 6 -> new Strong(inlines(depth - 1));
            case 7 -> new Delete(inlines(depth - 1));
            default -> new Link(url(), maybe(this::word), inlines(depth - 1));
        };
    }

    private List<Diagnostic> diagnostics() {
        List<Diagnostic> list = new ArrayList<>();
        int size = random.nextInt(3);
        for (int i = 0; i < size; i++) {
            list.add(new Diagnostic(pick(Diagnostic.Severity.values()), word(), sentence(), random.nextInt(50),
                    random.nextInt(50)));
        }
        return list;
    }

    private Integer size() {
        return random.nextInt(4000);
    }

    private String url() {
        return "https://example.org/" + word().replace(' ', '-') + "?q=" + random.nextInt(100);
    }

    private List<String> words(int max) {
        List<String> words = new ArrayList<>();
        int size = random.nextInt(max + 1);
        for (int i = 0; i < size; i++) {
            words.add(word());
        }
        return words;
    }

    private String sentence() {
        StringBuilder s = new StringBuilder();
        int size = 1 + random.nextInt(5);
        for (int i = 0; i < size; i++) {
            s.append(i == 0 ? "" : " ").append(word());
        }
        return s.toString();
    }

    private String word() {
        return pick(WORDS);
    }

    private <T> T maybe(java.util.function.Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
