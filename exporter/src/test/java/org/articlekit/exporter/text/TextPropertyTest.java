package org.articlekit.exporter.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.Article;
import org.articlekit.core.Metadata;
import org.articlekit.core.Source;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Break;
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
import org.articlekit.core.document.Nodes;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;
import org.articlekit.core.document.Text;
import org.articlekit.core.document.ThematicBreak;
import org.articlekit.exporter.ExportOptions;
import org.articlekit.exporter.internal.text.DisplayWidth;
import org.articlekit.exporter.internal.text.Kinsoku;
import org.junit.jupiter.api.Test;

/**
 * Properties over random documents mixing CJK, kana, Hangul, Latin, URLs, emoji, combining marks and punctuation,
 * at random widths: no line wider than the page unless it is one unbreakable token; no kinsoku violation; the text
 * (whitespace, markers and placeholders aside) is the document's text.
 */
class TextPropertyTest {

    private static final int ITERATIONS = 1000;
    private static final long SEED = 0x7E47L;

    private static final String IDEOGRAPHS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";
    private static final String KANA = "あいうえおかきくけこさしすせそなにぬねのカキクケコサシスセソタチツテト";
    private static final String SMALL_KANA = "っゃゅょァィッー・";
    private static final String HANGUL = "한국어문장은띄어쓰기로나뉩니다가나다라마바사";
    private static final String LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String[] OPEN = {"（", "「", "『", "【", "〔", "“", "‘", "("};
    private static final String[] CLOSE = {"，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "】", "〕", "”", "’",
        ",", ".", ";", ":", "!", "?", ")", "…", "……", "。」", "！？"};

    private static final Pattern PREFIX = Pattern.compile(
            "^(?: |>|-(?: |$)|\\d+\\.(?: |$)|\\[[ x]\\](?: |$)|\\[\\d+\\] |#{3,6} )*");
    private static final Pattern RULE = Pattern.compile("^[-=+]+$");
    private static final Pattern REFERENCE = Pattern.compile("^\\[\\d+\\] \\S+$");
    private static final Pattern EMBED = Pattern.compile("\\[(?:video|audio|iframe|object)(?::\\s[^\\]]*)?\\]");
    private static final Pattern IMAGE = Pattern.compile("\\[image(?::\\s([^\\]]*))?\\]");
    private static final Pattern MARKER = Pattern.compile("\\[\\d+\\]");
    private static final Pattern INLINE_URL = Pattern.compile("<[^<>\\s]+>");

    @Test
    void linesFitTheWidthKeepKinsokuAndKeepTheText() {
        Random random = new Random(SEED);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Generator generator = new Generator(new Random(random.nextLong()));
            Document document = generator.document();
            int width = random.nextInt(8) == 0 ? 0 : 10 + random.nextInt(91);
            String links = new String[] {"end", "inline", "none"}[random.nextInt(3)];
            String images = random.nextInt(5) == 0 ? "none" : "placeholder";
            ExportOptions options = ExportOptions.builder().put("width", Integer.toString(width)).put("links", links)
                    .put("images", images).put("header", "false").build();
            Article article = new Article(Source.of("random.html"), Metadata.EMPTY, document, "", List.of());
            String out = new TextExporter(options).render(article);
            String context = "iteration " + iteration + ", width " + width + ", links " + links + ":\n" + out;
            checkWidth(out, width, context);
            checkKinsoku(out, context);
            if (images.equals("placeholder") && !generator.hasHeaderTable) {
                assertEquals(noWhitespace(Nodes.text(new Paragraph(List.of())) + documentText(document)),
                        noWhitespace(textOf(out, links)), context);
            }
        }
    }

    private static String documentText(Document document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.children()) {
            text.append(Nodes.text(block));
        }
        return text.toString();
    }

    private static void checkWidth(String out, int width, String context) {
        if (width == 0) {
            return;
        }
        for (String line : out.split("\n")) {
            if (DisplayWidth.of(line) <= width) {
                continue;
            }
            String rest = PREFIX.matcher(line).replaceFirst("");
            if (!isUnbreakableToken(rest)) {
                fail("line wider than " + width + ": [" + line + "] in " + context);
            }
        }
    }

    /**
     * One token without spaces that no rule lets break: its CJK, if any, only meets its neighbours where kinsoku
     * forbids a break (a URL in brackets, a character followed by a run of small kana and middle dots).
     */
    private static boolean isUnbreakableToken(String token) {
        if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int[] cps = MARKER.matcher(token).replaceAll("").codePoints().toArray();   // markers stick to the text
        for (int i = 1; i < cps.length; i++) {
            boolean cjkPair = isCjk(cps[i - 1]) || isCjk(cps[i]);
            if (cjkPair && !Kinsoku.cannotEndLine(cps[i - 1]) && !Kinsoku.cannotStartLine(cps[i])
                    && DisplayWidth.of(cps[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** CJK as the judges see it: wide, except Hangul, which is written with spaces between words. */
    private static boolean isCjk(int cp) {
        boolean hangul = (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F);
        return DisplayWidth.of(cp) == 2 && !hangul;
    }

    private static void checkKinsoku(String out, String context) {
        for (String line : out.split("\n")) {
            String rest = PREFIX.matcher(line).replaceFirst("").strip();
            if (rest.isEmpty()) {
                continue;
            }
            int first = rest.codePointAt(0);
            int last = rest.codePointBefore(rest.length());
            if (Kinsoku.cannotStartLine(first)) {
                fail("line starts with " + Character.toString(first) + ": [" + line + "] in " + context);
            }
            if (Kinsoku.cannotEndLine(last)) {
                fail("line ends with " + Character.toString(last) + ": [" + line + "] in " + context);
            }
        }
    }

    /** The output without the reference list, structure marks, placeholders' frames, markers and inline URLs. */
    private static String textOf(String out, String links) {
        List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
        if (links.equals("end")) {
            while (!lines.isEmpty() && (lines.get(lines.size() - 1).isEmpty()
                    || REFERENCE.matcher(lines.get(lines.size() - 1)).matches())) {
                lines.remove(lines.size() - 1);
            }
        }
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            String rest = PREFIX.matcher(line).replaceFirst("");
            if (!RULE.matcher(rest).matches()) {
                body.append(rest).append('\n');
            }
        }
        String text = EMBED.matcher(body).replaceAll("");
        Matcher image = IMAGE.matcher(text);
        text = image.replaceAll(m -> Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        text = MARKER.matcher(text).replaceAll("");
        if (links.equals("inline")) {
            text = INLINE_URL.matcher(text).replaceAll("");
        }
        return text.replace("|", "");
    }

    private static String noWhitespace(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Random documents from a fixed alphabet whose characters never look like the renderer's own marks. */
    private static final class Generator {
        private final Random random;
        boolean hasHeaderTable;

        Generator(Random random) {
            this.random = random;
        }

        Document document() {
            List<Block> blocks = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                blocks.add(block(0));
            }
            return new Document(blocks);
        }

        private Block block(int depth) {
            int kind = random.nextInt(depth >= 3 ? 3 : 10);     // containers three deep at most: documents stay small
            return switch (kind) {
                case 0, 1, 2 -> new Paragraph(inlines(1 + random.nextInt(25), true));
                case 3 -> new Heading(1 + random.nextInt(6), inlines(1 + random.nextInt(6), false));
                case 4, 5 -> list(depth);
                case 6 -> new Blockquote(blocks(depth + 1));
                case 7 -> table();
                case 8 -> new ThematicBreak();
                default -> new Embed(Embed.Kind.values()[random.nextInt(4)], "https://v.example/" + random.nextInt(9),
                        random.nextBoolean() ? null : word(), null, null);
            };
        }

        private List<Block> blocks(int depth) {
            List<Block> blocks = new ArrayList<>();
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                blocks.add(block(depth));
            }
            return blocks;
        }

        private ListBlock list(int depth) {
            List<ListItem> items = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                Boolean checked = random.nextInt(4) == 0 ? random.nextBoolean() : null;
                items.add(new ListItem(checked, blocks(depth + 1)));
            }
            return new ListBlock(random.nextBoolean(), random.nextInt(12), random.nextBoolean(), items);
        }

        private Table table() {
            boolean header = random.nextBoolean();
            hasHeaderTable |= header;
            int columns = 1 + random.nextInt(4);
            List<TableRow> rows = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int r = 0; r < n; r++) {
                List<TableCell> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(TableCell.of(inlines(random.nextInt(4), false)));
                }
                rows.add(new TableRow(cells));
            }
            List<Align> align = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                align.add(Align.values()[random.nextInt(4)]);
            }
            return new Table(align, header, rows);
        }

        /** Units of [opening] word [closing], with spaces or nothing between them, some wrapped in inlines. */
        private List<Inline> inlines(int units, boolean breaks) {
            List<Inline> out = new ArrayList<>();
            for (int i = 0; i < units; i++) {
                if (i > 0) {
                    if (breaks && random.nextInt(15) == 0) {
                        out.add(new Break());
                    } else if (random.nextInt(3) > 0) {
                        out.add(new Text(" "));
                    }
                }
                out.add(unit());
            }
            return out;
        }

        private Inline unit() {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(6) == 0) {
                text.append(OPEN[random.nextInt(OPEN.length)]);
            }
            text.append(word());
            if (random.nextInt(4) == 0) {
                text.append(CLOSE[random.nextInt(CLOSE.length)]);
            }
            Inline inline = new Text(text.toString());
            return switch (random.nextInt(14)) {
                case 0 -> new Emphasis(List.of(inline));
                case 1 -> new Strong(List.of(new Emphasis(List.of(inline))));
                case 2, 3 -> new Link(url(), null, List.of(inline));
                case 4 -> Image.of(url(), random.nextBoolean() ? "" : word() + " " + word());
                case 5 -> new Link(url(), null, List.of(Image.of(url(), word())));
                case 6 -> new InlineCode(word());
                default -> inline;
            };
        }

        private String word() {
            return switch (random.nextInt(9)) {
                case 0, 1 -> run(LATIN, 1 + random.nextInt(12)) + (random.nextBoolean() ? "" : random.nextInt(100));
                case 2, 3 -> cjk(1 + random.nextInt(30));
                case 4 -> run(KANA, 1) + run(KANA + SMALL_KANA, random.nextInt(15));
                case 5 -> run(HANGUL, 1 + random.nextInt(6));
                case 6 -> url();
                case 7 -> run(LATIN, 2) + "e\u0301" + "\uD83D\uDE00" + cjk(2);
                default -> run(LATIN, 1 + random.nextInt(6)) + cjk(1 + random.nextInt(6));
            };
        }

        private String cjk(int length) {
            return run(IDEOGRAPHS, length);
        }

        private String url() {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "https://" : "http://www.");
            url.append(run(LATIN, 3 + random.nextInt(8))).append(".example/");
            int parts = random.nextInt(12);
            for (int i = 0; i < parts; i++) {
                url.append(run(LATIN, 1 + random.nextInt(9))).append(random.nextBoolean() ? "/" : "-");
            }
            if (random.nextBoolean()) {
                url.append("?q=").append(random.nextInt(1000));
            }
            return url.toString();
        }

        private String run(String alphabet, int length) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return out.toString();
        }
    }
}
