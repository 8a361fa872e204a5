package org.articlekit.robustness;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.Article;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Nodes;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds what must never reach an output written from untrusted input: script elements and other active
 * markup, {@code javascript:}/{@code vbscript:} schemes, {@code data:} URLs and event-handler attributes.
 *
 * <p>Tags and attributes are looked for as written: only a literal {@code <} opens a tag, so
 * {@code &lt;script&gt;} is inert text — but a Markdown escape {@code \<script} is not accepted, since not every
 * reader of an output is a Markdown renderer. URLs are judged as a browser reads them — character references
 * decoded, backslash escapes removed, leading controls dropped, and tab, CR, LF and NUL inside the scheme ignored
 * (browsers strip them, so {@code jav&#x09;ascript:} still runs). What is judged where depends on the format:
 * see {@link #problems(String, String)}.
 */
final class SafeOutput {

    /** Characters a browser drops from inside a URL's scheme. */
    private static final String GAP = "[\\t\\n\\r\\x00]*";

    private static final Pattern ACTIVE_TAG = Pattern.compile(
            "</?(script|iframe|frame|frameset|object|embed|applet|style|form|input|button|textarea|select"
                    + "|meta|base|link|svg|math|template|noscript)(?![a-z0-9-])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_SCHEME = Pattern.compile(
            spaced("javascript:") + "|" + spaced("vbscript:") + "|" + spaced("livescript:"),
            Pattern.CASE_INSENSITIVE);
    /** {@code data:} followed by a media type or straight by its {@code ,}/{@code ;}: a data URL, not prose. */
    private static final Pattern DATA_URL = Pattern.compile(
            spaced("data:") + "\\s*(?:[a-z]+/[a-z0-9.+-]+|[,;])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_SCHEME = Pattern.compile(spaced("data:"), Pattern.CASE_INSENSITIVE);
    /** An {@code on…=} attribute inside something that opens a tag; prose like {@code online=true} is not one. */
    private static final Pattern EVENT_HANDLER = Pattern.compile(
            "<[a-z][^<>]*?[\\s\"'/]on[a-z]{3,}\\s*=", Pattern.CASE_INSENSITIVE);

    /** What a browser strips from the start of a URL before reading its scheme. */
    private static final Pattern C0_AND_SPACE = Pattern.compile("^[\\x00-\\x20]+");
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?");
    private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /** An unescaped {@code ](} or {@code ]:} and what follows it up to a space or {@code )}. */
    private static final Pattern LINK_SHAPE = Pattern.compile("(?<!\\\\)\\](?:\\(|:[ \\t]*)<?([^ )>]{0,200})");
    /** A line of the text exporter's reference list: {@code [3] https://…}. */
    private static final Pattern TEXT_REFERENCE = Pattern.compile("(?m)^\\[\\d+\\] (.*)$");
    /** JSON keys whose values are URLs in the JSON contract (mdast's link/image/embed, the metadata's images). */
    private static final Set<String> URL_KEYS = Set.of("url", "href", "src", "cover", "thumbnail", "image");

    private SafeOutput() {
    }

    /** Fails with every problem found in {@code output}, written in {@code format} from input {@code input}. */
    static void assertSafe(String input, String format, String output) {
        List<String> problems = problems(format, output);
        if (!problems.isEmpty()) {
            fail("unsafe " + format + " output for " + input + ": " + String.join("; ", problems));
        }
    }

    /** Fails when the article's own tree carries an unsafe URL or raw HTML with active content. */
    static void assertSafeTree(String input, Article article) {
        List<String> problems = new ArrayList<>();
        Nodes.walk(article.content(), node -> {
            String url = null;
            if (node instanceof Link link) {
                url = link.url();
            } else if (node instanceof Image image) {
                url = image.url();
            } else if (node instanceof Embed embed) {
                url = embed.url();
            } else if (node instanceof Html html) {
                problems.addAll(problemsIn("html node", html.value()));
            }
            if (url != null && isUnsafeUrl(url)) {
                problems.add("the tree keeps the URL " + excerpt(url, 0, url.length()));
            }
        });
        if (!problems.isEmpty()) {
            fail("unsafe tree for " + input + ": " + String.join("; ", problems));
        }
    }

    /**
     * Every problem found, each naming what was found and an excerpt around it; empty when safe. The rules follow
     * the look-alike policy of SECURITY.md: visible text that merely looks like markup is content, but it must be
     * inert in each format.
     * <ul>
     *   <li>JSON: no literal {@code <} at all (it is written as a {@code \\u003c} escape), no unsafe URL in a
     *       URL-carrying key, no active markup in an {@code html} node. The top-level {@code frontMatter} map holds
     *       values as written, so it is not judged.</li>
     *   <li>Markdown: read as CommonMark reads it, no link or image destination is unsafe and no raw HTML is
     *       active; outside code spans and code blocks (where nothing opens a tag) the output holds no active tag
     *       and no event handler at all, not even one escaped with a backslash, and no unescaped {@code ](} that
     *       leads to a script URL.</li>
     *   <li>Plain text: visible text is written verbatim, so only the URLs of the reference list are judged (the
     *       default link style; with it no URL is written inline).</li>
     *   <li>Any other format: every rule at once, on the output as written and as rendered.</li>
     * </ul>
     */
    static List<String> problems(String format, String output) {
        if (format.startsWith("json")) {
            return jsonProblems(output);
        }
        if (format.equals("markdown")) {
            return markdownProblems(output);
        }
        if (format.equals("text")) {
            return textProblems(output);
        }
        return problemsIn("output", output);
    }

    private static List<String> jsonProblems(String output) {
        List<String> problems = new ArrayList<>();
        int angle = output.indexOf('<');
        if (angle >= 0) {
            problems.add("a literal '<' in JSON: …" + excerpt(output, angle, angle + 1) + "…");
        }
        try (MappingIterator<JsonNode> documents = JSON.readerFor(JsonNode.class).readValues(output)) {
            while (documents.hasNext()) {
                judgeJson(documents.next(), problems);
            }
        } catch (IOException | RuntimeException notJson) {
            // validity is the JSON contract tests' business; what was read so far is still checked
        }
        return problems;
    }

    /**
     * Judges every URL-carrying key and every raw-HTML node of one JSON document, walking without recursion; the
     * top-level {@code frontMatter} map holds values as written (data, not links) and is left out.
     */
    private static void judgeJson(JsonNode document, List<String> problems) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node == document && node.isObject()) {
                judgeUrlKeys(node, problems);
                node.fields().forEachRemaining(field -> {
                    if (!field.getKey().equals("frontMatter")) {
                        pending.push(field.getValue());
                    }
                });
                continue;
            }
            if ("html".equals(node.path("type").asText()) && node.path("value").isTextual()) {
                problems.addAll(problemsIn("JSON html node", node.path("value").textValue()));
            }
            judgeUrlKeys(node, problems);
            node.elements().forEachRemaining(pending::push);
        }
    }

    private static void judgeUrlKeys(JsonNode node, List<String> problems) {
        node.fields().forEachRemaining(field -> {
            String value = field.getValue().textValue();
            if (URL_KEYS.contains(field.getKey()) && value != null && isUnsafeUrl(value)) {
                problems.add("unsafe URL in JSON: " + excerpt(value, 0, value.length()));
            }
        });
    }

    private static List<String> markdownProblems(String output) {
        List<String> problems = new ArrayList<>();
        Node document = MARKDOWN.parse(output);
        StringBuilder outsideCode = new StringBuilder(output);
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof org.commonmark.node.Link link && isUnsafeUrl(link.getDestination())) {
                problems.add("unsafe link destination in Markdown: " + excerpt(link.getDestination(), 0, 60));
            } else if (node instanceof org.commonmark.node.Image image && isUnsafeUrl(image.getDestination())) {
                problems.add("unsafe image destination in Markdown: " + excerpt(image.getDestination(), 0, 60));
            } else if (node instanceof HtmlInline html) {
                problems.addAll(problemsIn("Markdown inline HTML", html.getLiteral()));
            } else if (node instanceof HtmlBlock html) {
                problems.addAll(problemsIn("Markdown HTML block", html.getLiteral()));
            } else if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                for (SourceSpan span : node.getSourceSpans()) {
                    for (int i = span.getInputIndex(); i < span.getInputIndex() + span.getLength(); i++) {
                        outsideCode.setCharAt(i, ' ');
                    }
                }
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
        String text = outsideCode.toString();
        // a stricter reader may still see a link where CommonMark does not ("[a](jav<TAB>ascript:…)"): an unescaped
        // "](" or "]: " must not lead to a script URL either
        Matcher shape = LINK_SHAPE.matcher(text);
        while (shape.find()) {
            if (isUnsafeUrl(shape.group(1))) {
                problems.add("link-shaped text with an unsafe URL in Markdown: …"
                        + excerpt(text, shape.start(), shape.end()) + "…");
            }
        }
        find(problems, "Markdown outside code", "active tag", ACTIVE_TAG, text);
        find(problems, "Markdown outside code", "event handler", EVENT_HANDLER, text);
        return problems;
    }

    private static List<String> textProblems(String output) {
        List<String> problems = new ArrayList<>();
        Matcher reference = TEXT_REFERENCE.matcher(output);
        while (reference.find()) {
            String url = reference.group(1);
            if (isUnsafeUrl(url) || SCRIPT_SCHEME.matcher(url).find() || DATA_URL.matcher(url).find()) {
                problems.add("unsafe URL in the text's reference list: " + excerpt(url, 0, url.length()));
            }
        }
        return problems;
    }

    /** Whether a URL, read as a browser reads it, runs script or carries a whole document inline. */
    static boolean isUnsafeUrl(String url) {
        String seen = C0_AND_SPACE.matcher(rendered(url)).replaceFirst("");
        return SCRIPT_SCHEME.matcher(seen).lookingAt() || DATA_SCHEME.matcher(seen).lookingAt();
    }

    private static List<String> problemsIn(String where, String text) {
        List<String> problems = new ArrayList<>();
        find(problems, where, "active tag", ACTIVE_TAG, text);
        find(problems, where, "event handler", EVENT_HANDLER, text);
        find(problems, where, "script scheme", SCRIPT_SCHEME, text);
        find(problems, where, "data: URL", DATA_URL, text);
        // tags and attributes only exist where a literal '<' stands; schemes also hide behind references
        String rendered = rendered(text);
        if (!rendered.equals(text)) {
            find(problems, where + " as rendered", "script scheme", SCRIPT_SCHEME, rendered);
            find(problems, where + " as rendered", "data: URL", DATA_URL, rendered);
        }
        return problems;
    }

    private static void find(List<String> problems, String where, String what, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            problems.add(what + " in " + where + ": …" + excerpt(text, m.start(), m.end()) + "…");
        }
    }

    /** The text as a renderer reads it: character references decoded, Markdown backslash escapes removed. */
    static String rendered(String text) {
        if (text.indexOf('&') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        String decoded = decodeReferences(text);
        return BACKSLASH_ESCAPE.matcher(decoded).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    private static String decodeReferences(String text) {
        String named = text
                .replace("&colon;", ":").replace("&Tab;", "\t").replace("&NewLine;", "\n")
                .replace("&lpar;", "(").replace("&rpar;", ")").replace("&sol;", "/")
                .replace("&period;", ".").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
        StringBuilder out = new StringBuilder(named.length());
        Matcher m = NUMERIC_REFERENCE.matcher(named);
        while (m.find()) {
            int codePoint;
            try {
                codePoint = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            } catch (NumberFormatException tooLong) {
                codePoint = 0xFFFD;
            }
            String replacement = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }

    private static String spaced(String word) {
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            if (i > 0) {
                pattern.append(GAP);
            }
            pattern.append(Pattern.quote(String.valueOf(word.charAt(i))));
        }
        return pattern.toString();
    }

    private static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - 30);
        int to = Math.min(text.length(), Math.max(end, start + 40) + 10);
        return text.substring(from, to).replace("\n", "\\n");
    }
}
