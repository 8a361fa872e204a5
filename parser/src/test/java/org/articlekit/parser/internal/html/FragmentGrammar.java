package org.articlekit.parser.internal.html;

import java.util.Locale;
import java.util.Random;

/**
 * Random HTML fragments for the fast path's differential tests: article HTML as blogs write it (paragraphs,
 * headings, lists, quotes, code, figures, tables, media, comments, references, attributes of every syntax), with
 * a share of nasty variations (unclosed and mismatched tags, references without {@code ;}, {@code &} in attribute
 * values, stray {@code <}, upper case, text in tables, duplicate attributes...), and random edits of real bodies.
 */
final class FragmentGrammar {

    private static final String[] WORDS = {"alpha", "beta", "Gamma", "delta", "é", "中文", "😀", "x", "42", "a,b"};
    private static final String[] TEXT_EXTRAS = {" ", " ", "\n", "\n\n", "\t", "\r\n", "\r", "\u00a0", "&amp;",
        "&ampx", "&amp", "&copy", "&copy;", "&copyright", "&notit;", "&notin;", "&not", "&lt;", "&gt", "&#39;",
        "&#39", "&#x27;", "&#X1F600;", "&#128;", "&#0;", "&#xD800;", "&#99999999;", "&NotEqualTilde;",
        "&frac12;", "&frac12", "&bogus;", "&", "& ", "AT&T", "&;", "&#;", "&#x;", "a < b", "x<3", "1 <= 2", " <",
        " </", "&nbsp;", "&quot;", "&apos;", "&Aacute;", "&aacute", "&lang;", "&lang", "&mid;", "&zwj;"};
    private static final String[] INLINE = {"a", "em", "strong", "b", "i", "u", "s", "code", "kbd", "sub", "sup",
        "small", "mark", "span", "del", "ins", "q", "cite", "abbr", "time", "font", "big", "tt", "strike", "var",
        "samp", "dfn", "bdi", "label"};
    private static final String[] BLOCK = {"div", "section", "article", "aside", "header", "footer", "nav",
        "blockquote", "figure", "figcaption", "center", "details", "summary", "address", "main", "hgroup"};
    private static final String[] ATTRIBUTE_NAMES = {"class", "id", "href", "src", "title", "alt", "data-x",
        "style", "lang", "width", "rel", "target", "CLASS", "Data-Y", "xml:lang", "aria-label", "data.v"};
    private static final String[] VALUES = {"x", "a b", "a&amp;b", "a&b", "a&copy=1", "a&copy;", "&lt", "&ltx",
        "https://example.com/?a=1&b=2&amp;c=3", "", "&quot;", "it's", "&#39;", "&#39", "&notit;", "&not",
        "&lang=en", "&copy-x", "&copy_x", "&copy1", "&frac12x", "a\nb", "a\r\nb", "中文", "&amp", "&"};
    private static final String[] NASTY = {"</p>", "</div>", "</b>", "</i>", "</a>", "</x>", "</li>", "</td>",
        "</tr>", "</table>", "</span>", "<p>", "<li>", "<td>", "<tr>", "<b>", "<i>", "<a href=x>", "<table>",
        "<svg><circle/></svg>", "<math></math>", "<select><option>o</select>", "<textarea>t</textarea>",
        "<template>t</template>", "<body>", "<html>", "<head>", "<image src=i>", "<!doctype html>",
        "<![CDATA[c]]>", "<?php x ?>", "\0", "<p class=a class=b>", "<my-tag>m</my-tag>", "<foo>", "<div/>",
        "<span/>", "</br>", "<!--->", "<!---->", "<!-->", "<!-- a --!>", "<!-- open", "<p title=\"a\"b>",
        "<p a=\"x", "<p", "<", "</", "</>", "</ x>", "<input value=a\"b>", "<a title=`x`>", "<noscript>n</noscript>",
        "<base href=/b/>", "<title>t</title>", "<xmp>x</xmp>", "<plaintext>", "<marquee>m</marquee>", "<nobr>",
        "<form>", "</form>", "<dl><dt>t<dd>d</dl>", "<button>b<button>c", "<caption>", "<col>", "<tbody>",
        "<script><!-- s --></script>", "<style>s</style >", "<style>s", "<h2>", "</h3>", "<pre>", "</pre>",
        "<hr>", "<br/>", "<img src=i />", "<listing>\nl</listing>", "<object></object>", "<P>", "</P>",
        "<DIV>", "</Div>", "<p/>", "</p >", "</p class=x>", "<a\thref=x\n>", "<a href = 'x' >", "<img src=a/>"};

    private static final String NASTY_CHARACTERS = "<>&\"'/=;# \n\r\t\0-!?";

    private FragmentGrammar() {
    }

    /** A random fragment: mostly well-formed article HTML, sometimes with nasty parts. */
    static String fragment(Random random) {
        StringBuilder out = new StringBuilder();
        int blocks = 1 + random.nextInt(6);
        for (int i = 0; i < blocks; i++) {
            block(random, out, 0);
            if (random.nextInt(3) == 0) {
                out.append(random.nextBoolean() ? "\n" : "\n\n");
            }
        }
        if (random.nextInt(3) == 0) {
            insertAt(random, out, NASTY[random.nextInt(NASTY.length)]);
        }
        if (random.nextInt(8) == 0) {
            // a tag left open at the end
            out.append('<').append(pick(random, random.nextBoolean() ? BLOCK : INLINE)).append('>');
            text(random, out);
        }
        return out.toString();
    }

    /** {@code body} with {@code edits} random deletions, duplications and insertions of characters or tags. */
    static String edit(Random random, String body, int edits) {
        StringBuilder out = new StringBuilder(body);
        for (int e = 0; e < edits; e++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            int span = Math.min(out.length() - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 40));
            switch (random.nextInt(6)) {
                case 0 -> out.delete(at, at + span);
                case 1 -> out.insert(at, out.substring(at, at + span));
                case 2 -> out.insert(at, NASTY_CHARACTERS.charAt(random.nextInt(NASTY_CHARACTERS.length())));
                case 3 -> out.insert(at, NASTY[random.nextInt(NASTY.length)]);
                case 4 -> out.replace(at, at + span, out.substring(at, at + span).toUpperCase(Locale.ROOT));
                default -> {
                    StringBuilder piece = new StringBuilder();
                    block(random, piece, 2);
                    out.insert(at, piece);
                }
            }
        }
        return out.toString();
    }

    private static void block(Random random, StringBuilder out, int depth) {
        int choice = depth > 3 ? random.nextInt(4) : random.nextInt(16);
        switch (choice) {
            case 0, 1 -> {
                open(random, out, "p");
                inline(random, out, depth);
                if (random.nextInt(5) > 0) {
                    close(random, out, "p");
                }
            }
            case 2 -> {
                String h = "h" + (1 + random.nextInt(6));
                open(random, out, h);
                inline(random, out, depth);
                close(random, out, h);
            }
            case 3 -> text(random, out);
            case 4, 5 -> {
                String name = pick(random, BLOCK);
                open(random, out, name);
                int children = random.nextInt(4);
                for (int i = 0; i < children; i++) {
                    block(random, out, depth + 1);
                }
                close(random, out, name);
            }
            case 6 -> list(random, out, depth);
            case 7 -> pre(random, out);
            case 8 -> table(random, out, depth);
            case 9 -> {
                open(random, out, "figure");
                out.append("<img src=\"i.png\" alt=\"").append(pick(random, VALUES)).append("\">");
                if (random.nextBoolean()) {
                    open(random, out, "figcaption");
                    inline(random, out, depth);
                    close(random, out, "figcaption");
                }
                close(random, out, "figure");
            }
            case 10 -> out.append(pick(random, new String[] {"<hr>", "<hr/>", "<HR>", "<br>", "<br />", "<img src=x>"}));
            case 11 -> out.append("<!--").append(pick(random, new String[] {" more ", "more", " a -- b ", " x -",
                "", " <p> ", "-x", ">"})).append("-->");
            case 12 -> out.append(pick(random, new String[] {"<style>p > a { color: red }</style>",
                "<script>if (a < b && c) { x('</p>'); }</script>", "<script>a</b></script>", "<STYLE>x</style>",
                "<style></style>", "<script src=s.js></script>", "<iframe src=\"https://v\" allowfullscreen></iframe>",
                "<iframe>a&amp;<b></iframe>", "<script>s</script >", "<style>x</stylee></style>"}));
            case 13 -> {
                open(random, out, "video");
                out.append("<source src=v.mp4 type=video/mp4>");
                text(random, out);
                close(random, out, "video");
            }
            case 14 -> {
                open(random, out, "blockquote");
                block(random, out, depth + 1);
                close(random, out, "blockquote");
            }
            default -> inline(random, out, depth);
        }
    }

    private static void list(Random random, StringBuilder out, int depth) {
        String name = random.nextBoolean() ? "ul" : "ol";
        open(random, out, name);
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (random.nextInt(4) == 0) {
                out.append(random.nextBoolean() ? "\n  " : " ");
            }
            open(random, out, "li");
            if (random.nextInt(4) == 0) {
                block(random, out, depth + 1);
            } else {
                inline(random, out, depth);
            }
            if (random.nextInt(3) > 0) {
                close(random, out, "li");
            }
        }
        if (random.nextInt(6) > 0) {
            close(random, out, name);
        }
    }

    private static void pre(Random random, StringBuilder out) {
        String name = random.nextInt(8) == 0 ? "listing" : "pre";
        open(random, out, name);
        out.append(pick(random, new String[] {"", "\n", "\n\n", "\r\n", " \n"}));
        boolean code = random.nextBoolean();
        if (code) {
            out.append(pick(random, new String[] {"<code>", "<code class=\"language-java\">", "<code>\n"}));
        }
        out.append(pick(random, new String[] {"int x = a &lt; b;\n", "if (a < b) {}\n", "x &amp;&amp; y\n",
            "<span class=k>def</span> f():\n", "line1\nline2\n", "a &amp b"}));
        if (code) {
            out.append("</code>");
        }
        close(random, out, name);
    }

    private static void table(Random random, StringBuilder out, int depth) {
        open(random, out, "table");
        space(random, out);
        boolean explicitBody = random.nextBoolean();
        if (random.nextInt(4) == 0) {
            open(random, out, "thead");
            row(random, out, depth, "th");
            close(random, out, "thead");
            space(random, out);
        }
        if (explicitBody) {
            open(random, out, "tbody");
            space(random, out);
        }
        int rows = 1 + random.nextInt(3);
        for (int r = 0; r < rows; r++) {
            row(random, out, depth, "td");
            space(random, out);
        }
        if (explicitBody && random.nextBoolean()) {
            close(random, out, "tbody");
            space(random, out);
        }
        if (random.nextInt(10) == 0) {
            text(random, out); // text straight in a table
        }
        close(random, out, "table");
    }

    private static void row(Random random, StringBuilder out, int depth, String cell) {
        boolean openRow = random.nextInt(8) > 0;
        if (openRow) {
            open(random, out, "tr");
        }
        int cells = 1 + random.nextInt(3);
        for (int c = 0; c < cells; c++) {
            space(random, out);
            open(random, out, cell);
            if (random.nextInt(5) == 0 && depth < 3) {
                block(random, out, depth + 1);
            } else {
                inline(random, out, depth);
            }
            if (random.nextInt(4) > 0) {
                close(random, out, cell);
            }
        }
        space(random, out);
        if (openRow && random.nextInt(4) > 0) {
            close(random, out, "tr");
        }
    }

    private static void inline(Random random, StringBuilder out, int depth) {
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            int choice = depth > 4 ? 0 : random.nextInt(6);
            if (choice <= 2) {
                text(random, out);
            } else if (choice == 3) {
                out.append(pick(random, new String[] {"<br>", "<br/>", "<BR>", "<img src=\"a.png\" alt=\"\">",
                    "<img src=a.png/>", "<wbr>", "<input type=checkbox checked disabled>", "<img SRC='b' ALT=b>"}));
            } else {
                String name = pick(random, INLINE);
                open(random, out, name);
                inline(random, out, depth + 1);
                if (random.nextInt(10) > 0) {
                    close(random, out, name);
                }
            }
        }
    }

    private static void text(Random random, StringBuilder out) {
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            out.append(random.nextInt(3) == 0 ? pick(random, TEXT_EXTRAS) : pick(random, WORDS));
            if (random.nextBoolean()) {
                out.append(' ');
            }
        }
    }

    private static void open(Random random, StringBuilder out, String name) {
        out.append('<').append(random.nextInt(12) == 0 ? name.toUpperCase(Locale.ROOT) : name);
        int attributes = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 0;
        if (name.equals("a")) {
            attributes++;
        }
        for (int i = 0; i < attributes; i++) {
            String key = name.equals("a") && i == 0 ? "href" : pick(random, ATTRIBUTE_NAMES);
            out.append(pick(random, new String[] {" ", " ", "\n", "\t", "  "})).append(key);
            String value = pick(random, VALUES);
            switch (random.nextInt(6)) {
                case 0 -> out.append("=\"").append(value.replace("\"", "")).append('"');
                case 1 -> out.append("='").append(value.replace("'", "")).append('\'');
                case 2 -> out.append('=').append(value.isEmpty() ? "v" : value.replaceAll("[\\s\"'<=`>]", ""));
                case 3 -> out.append(" = \"").append(value.replace("\"", "")).append('"');
                case 4 -> {
                    // valueless
                }
                default -> out.append("=\"").append(value.replace("\"", "&quot;")).append('"');
            }
        }
        if (random.nextInt(30) == 0) {
            out.append(' ');
        }
        out.append('>');
    }

    private static void close(Random random, StringBuilder out, String name) {
        out.append("</").append(random.nextInt(12) == 0 ? name.toUpperCase(Locale.ROOT) : name).append('>');
    }

    private static void space(Random random, StringBuilder out) {
        if (random.nextInt(3) == 0) {
            out.append(pick(random, new String[] {"\n", "\n  ", " ", "\t", "\r\n"}));
        }
    }

    private static void insertAt(Random random, StringBuilder out, String piece) {
        out.insert(random.nextInt(out.length() + 1), piece);
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
