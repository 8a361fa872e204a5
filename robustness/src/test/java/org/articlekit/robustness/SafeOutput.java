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

/**
 * Finds what must never reach an output written from untrusted input: script elements and other active
 * markup, {@code javascript:}/{@code vbscript:} schemes, {@code data:} URLs and event-handler attributes.
 *
 * <p>Tags and attributes are looked for in the output as written: only a literal {@code <} opens a tag, so
 * {@code &lt;script&gt;} is inert text — but a Markdown escape {@code \<script} is not accepted, since not every
 * reader of an output is a Markdown renderer. Schemes are looked for twice: as written, and as a browser or
 * Markdown renderer reads a link destination — character references decoded, backslash escapes removed, and
 * tab, CR, LF and NUL inside the scheme ignored (browsers strip them, so {@code jav&#x09;ascript:} still runs).
 * JSON outputs are also read as JSON, and every URL value judged as a browser would, so that {@code \u006a}
 * escapes hide nothing.
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

    /** Every problem found, each naming what was found and an excerpt around it; empty when safe. */
    static List<String> problems(String format, String output) {
        List<String> problems = new ArrayList<>(problemsIn("output", output));
        if (format.startsWith("json")) {
            for (String url : jsonUrls(output)) {
                if (isUnsafeUrl(url)) {
                    problems.add("unsafe URL in JSON: " + excerpt(url, 0, url.length()));
                }
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

    /** The values of every URL-carrying key of every JSON document in the output (one per line for JSON Lines). */
    private static List<String> jsonUrls(String output) {
        List<String> urls = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = JSON.readerFor(JsonNode.class).readValues(output)) {
            while (documents.hasNext()) {
                Deque<JsonNode> pending = new ArrayDeque<>();
                pending.push(documents.next());
                while (!pending.isEmpty()) {
                    JsonNode node = pending.pop();
                    node.fields().forEachRemaining(field -> {
                        if (URL_KEYS.contains(field.getKey()) && field.getValue().isTextual()) {
                            urls.add(field.getValue().textValue());
                        }
                    });
                    node.elements().forEachRemaining(pending::push);
                }
            }
        } catch (IOException | RuntimeException notJson) {
            // validity is the JSON contract tests' business; what was read so far is still checked
        }
        return urls;
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
