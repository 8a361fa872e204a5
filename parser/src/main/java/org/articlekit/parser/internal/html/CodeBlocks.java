package org.articlekit.parser.internal.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.document.Code;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads {@code <pre>} (with or without {@code <code>}) as a code block: its text as written, highlighter markup
 * flattened, {@code <br>} as a newline, block-level lines on lines of their own, no final newline; the language
 * from the classes of the code, the pre or a highlighter's wrapper.
 */
final class CodeBlocks {

    private static final Pattern PREFIXED = Pattern.compile(
            "^(?:language|lang|highlight-source|highlight|brush)-([\\w#+.-]+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRUSH = Pattern.compile("brush\\s*:\\s*([\\w#+.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANGUAGE_LIKE = Pattern.compile("^[a-z][\\w#+.-]{0,19}$", Pattern.CASE_INSENSITIVE);
    // classes that say "this is highlighted code" and are followed by the language
    private static final Set<String> HIGHLIGHTERS = Set.of("highlight", "hljs", "sourcecode", "codehilite",
            "prettyprint", "syntax", "chroma", "code", "src");
    // classes found next to a language that are not one
    private static final Set<String> NOT_LANGUAGES = Set.of("highlight", "hljs", "sourcecode", "codehilite",
            "prettyprint", "syntax", "chroma", "code", "src", "notranslate", "linenums", "line-numbers",
            "numberlines", "highlighter-rouge", "wrap", "nowrap", "copy", "plain", "none", "example", "block",
            "source", "pre", "js-code", "code-block", "codeblock", "editor", "shiki", "astro-code", "has-line-numbers");
    private static final Set<String> BLOCKS_IN_PRE = Set.of("div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "table", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer");

    private CodeBlocks() {
    }

    /** The code block of a {@code pre}, or {@code null} when it holds no visible text. */
    static Code read(Element pre) {
        String value = text(pre);
        if (Flow.isBlank(value)) {
            return null;
        }
        return new Code(language(pre), null, value);
    }

    /**
     * If {@code table} is a line-numbered code listing (Hexo's and Pygments' gutter table: one cell of line numbers,
     * one holding the {@code pre}), the {@code pre} of the code; otherwise {@code null}.
     */
    static Element numberedListing(Element table) {
        // such a listing has one row: the scan stops at a second one, so an ordinary table costs only its first row
        Element[] gutter = new Element[1];
        int[] rows = new int[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("tr") && ++rows[0] > 1) {
                        return FilterResult.STOP;
                    }
                    if (gutter[0] == null && tag.equals("td") && isGutterCell(element)) {
                        gutter[0] = element;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, table);
        Element codeCell = gutter[0] == null ? null : gutter[0].nextElementSibling();
        if (codeCell == null || rows[0] != 1) {
            return null;
        }
        return codeCell.selectFirst("pre");
    }

    private static boolean isGutterCell(Element td) {
        return td.hasClass("gutter") || td.hasClass("linenos") || td.hasClass("line-numbers") || td.hasClass("lineno");
    }

    /** The text of a {@code pre} as a browser shows it, lines joined with {@code \n}, without a final newline. */
    static String text(Element pre) {
        StringBuilder out = new StringBuilder();
        Deque<Object> pending = new ArrayDeque<>();
        pushChildren(pending, pre);
        while (!pending.isEmpty()) {
            Object item = pending.pop();
            if (item instanceof String closingNewline) {
                newlineIfNeeded(out);
                continue;
            }
            Node node = (Node) item;
            if (node instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (!ElementRole.isDropped(element) && !isGutter(element)) {
                    boolean block = BLOCKS_IN_PRE.contains(tag);
                    if (block) {
                        newlineIfNeeded(out);
                        pending.push("\n");
                    }
                    pushChildren(pending, element);
                }
            }
        }
        // the parser already dropped a newline right after <pre>; one right after <pre><code> goes the same way
        boolean startsInChild = pre.childNodeSize() > 0 && !(pre.childNode(0) instanceof TextNode);
        return tidy(out, startsInChild);
    }

    private static boolean isGutter(Element element) {
        return element.hasClass("gutter") || element.hasClass("linenos") || element.hasClass("line-numbers-rows");
    }

    private static void pushChildren(Deque<Object> pending, Element element) {
        for (int i = element.childNodeSize() - 1; i >= 0; i--) {
            pending.push(element.childNode(i));
        }
    }

    private static void newlineIfNeeded(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static String tidy(StringBuilder raw, boolean dropLeadingNewline) {
        String text = raw.toString().replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        if (dropLeadingNewline && text.startsWith("\n")) {
            text = text.substring(1);
        }
        // no final newline, and no trailing lines of white space
        int end = text.length();
        int cut = end;
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                cut = i;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return text.substring(0, cut);
    }

    /** The language of the code in {@code pre}, or {@code null}. */
    static String language(Element pre) {
        Element code = pre.selectFirst("code");
        String found = code == null ? null : fromElement(code, true);
        if (found == null) {
            found = fromElement(pre, false);
        }
        Element wrapper = pre.parent();
        for (int level = 0; found == null && wrapper != null && level < 3; level++) {
            found = fromElement(wrapper, false);
            wrapper = wrapper.parent();
        }
        return found;
    }

    private static String fromElement(Element element, boolean bareClassAllowed) {
        String dataLang = Attrs.get(element, "data-lang").strip();
        if (LANGUAGE_LIKE.matcher(dataLang).matches()) {
            return dataLang;
        }
        String classes = element.className();
        if (classes.isBlank()) {
            return null;
        }
        Matcher brush = BRUSH.matcher(classes);
        if (brush.find()) {
            return brush.group(1);
        }
        String[] tokens = SPACES.split(classes.strip());
        boolean highlighted = false;
        for (String token : tokens) {
            Matcher prefixed = PREFIXED.matcher(token);
            if (prefixed.matches()) {
                String lang = prefixed.group(1);
                return lang.equalsIgnoreCase("none") || lang.equalsIgnoreCase("source") ? null : lang;
            }
            highlighted |= HIGHLIGHTERS.contains(token.toLowerCase(Locale.ROOT));
        }
        if (highlighted || (bareClassAllowed && tokens.length == 1)) {
            for (String token : tokens) {
                if (LANGUAGE_LIKE.matcher(token).matches() && !NOT_LANGUAGES.contains(token.toLowerCase(Locale.ROOT))) {
                    return token;
                }
            }
        }
        return null;
    }
}
