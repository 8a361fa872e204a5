package org.articlekit.parser.internal.frontmatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlekit.core.FrontMatter;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the flat YAML front matter that nearly every article has, without snakeyaml: composing with snakeyaml
 * cost as much as parsing the article's HTML body. It accepts only what it can prove snakeyaml reads the same
 * way, and returns {@code null} — "not sure, ask snakeyaml" — for anything else.
 *
 * <p>Accepted, line by line ({@code \n} only): blank lines; comment lines ({@code #} after optional spaces);
 * top-level entries at column 0 whose key is {@code [A-Za-z_][A-Za-z0-9_.-]*}, followed by {@code :} and either
 * nothing or spaces and one value on the same line:
 * <ul>
 *   <li>a plain scalar that starts with no indicator (a {@code -} only before a digit) and holds no {@code ": "},
 *       no {@code " #"} and no final {@code :}, typed by the core schema as the snakeyaml path types it;</li>
 *   <li>a double-quoted scalar without backslashes, or a single-quoted one ({@code ''} is a quote);</li>
 *   <li>a flow sequence {@code [a, b]} of plain items without quotes, brackets, braces, {@code :}, {@code ?} or
 *       {@code #}, or the empty {@code []}.</li>
 * </ul>
 * A key with nothing after it is null, unless {@code - item} lines follow, all at one indentation (0 included),
 * each a plain or quoted scalar or a flow sequence as above (Hexo writes {@code - [Parent, Child]} for nested
 * categories): then it is that list. Everything else falls back: anchors, aliases, tags, block
 * scalars, nested maps or lists, multi-line scalars (any other indented line), escapes, trailing comments,
 * duplicate keys, tabs, {@code \r}, document markers, directives, characters snakeyaml refuses or treats as line
 * ends, and blocks past the size, value or depth limits — whatever snakeyaml would report or read differently.
 */
final class FlatYaml {

    /** snakeyaml forgets a simple key after 1024 characters; real keys are far shorter than this. */
    private static final int MAX_KEY_LENGTH = 128;
    /**
     * Top-level values sit at depth 2, list items at 3 and the items of a list in a list at 4 (see {@link
     * YamlValues#mapping}).
     */
    private static final int ITEM_DEPTH = 3;
    private static final int NESTED_ITEM_DEPTH = 4;
    /** "Not a value this reader can vouch for": null is a value, so the fallback needs its own mark. */
    private static final Object UNSURE = new Object();

    private final String source;
    private final int firstLine;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Position> positions = new LinkedHashMap<>();
    /** The values snakeyaml's path would spend from the budget: each key, each value and each list item. */
    private int spent;
    /** Whether a list item is itself a list, which snakeyaml's path reads one level deeper. */
    private boolean nestedList;

    // the latest key written with nothing after it: null unless items follow
    private String openKey;
    private List<Object> openList;
    private int listIndent;

    private FlatYaml(String source, int firstLine) {
        this.source = source;
        this.firstLine = firstLine;
    }

    /** What snakeyaml would read from {@code source}, or {@code null} when this reader is not sure. */
    static FrontMatterContent read(String source, int firstLine, FrontMatterSettings settings) {
        if (source.length() > settings.maxBytes() || settings.maxDepth() < ITEM_DEPTH
                || !FlatLines.isPlain(source)) {
            return null;
        }
        FlatYaml reader = new FlatYaml(source, firstLine);
        if (!reader.readLines() || reader.values.isEmpty() || reader.spent > settings.maxValues()
                || reader.nestedList && settings.maxDepth() < NESTED_ITEM_DEPTH) {
            return null;
        }
        return new FrontMatterContent(new FrontMatter(reader.values), reader.positions, firstLine);
    }

    private boolean readLines() {
        if (!FlatLines.eachLine(source, this::readLine)) {
            return false;
        }
        closeOpenKey();
        return true;
    }

    private boolean readLine(int start, int end, int line) {
        int content = FlatLines.skipSpaces(source, start, end);
        if (content == end || source.charAt(content) == '#') {
            return true;
        }
        if (source.startsWith("---", start) || source.startsWith("...", start)) {
            return false;
        }
        if (source.charAt(content) == '-' && (content + 1 == end || source.charAt(content + 1) == ' ')) {
            return readItem(content - start, content + 1, end);
        }
        return content == start && readEntry(start, end, line);
    }

    /** A {@code - item} line of the list of the key just written with nothing after it. */
    private boolean readItem(int indent, int afterDash, int end) {
        if (openKey == null || openList != null && indent != listIndent) {
            return false;
        }
        int at = FlatLines.skipSpaces(source, afterDash, end);
        // an empty item is null in YAML, but "-" alone is rare enough not to be worth proving
        Object item = at == end ? UNSURE
                : source.charAt(at) == '[' ? nestedFlowSequence(at, end) : scalar(at, end);
        if (item == UNSURE) {
            return false;
        }
        if (openList == null) {
            openList = new ArrayList<>();
            listIndent = indent;
        }
        openList.add(item);
        spent++;
        return true;
    }

    /** A {@code key: value} or {@code key:} line at column 0. */
    private boolean readEntry(int start, int end, int line) {
        int colon = start;
        if (!isKeyStart(source.charAt(colon))) {
            return false;
        }
        do {
            colon++;
        } while (colon < end && isKeyPart(source.charAt(colon)));
        if (colon == end || source.charAt(colon) != ':' || colon - start > MAX_KEY_LENGTH
                || colon + 1 < end && source.charAt(colon + 1) != ' ') {
            return false;
        }
        closeOpenKey();
        String key = source.substring(start, colon);
        if (values.containsKey(key)) {
            return false;
        }
        spent += 2;
        int at = FlatLines.skipSpaces(source, colon + 1, end);
        if (at == end) {
            // null unless a list follows; snakeyaml places an empty value just after the colon
            openKey = key;
            values.put(key, null);
            positions.put(key, new Position(firstLine + line, colon - start + 2));
            return true;
        }
        Object value = source.charAt(at) == '[' ? flowSequence(at, end) : scalar(at, end);
        if (value == UNSURE) {
            return false;
        }
        values.put(key, value);
        positions.put(key, new Position(firstLine + line, at - start + 1));
        return true;
    }

    private Object nestedFlowSequence(int at, int end) {
        nestedList = true;
        return flowSequence(at, end);
    }

    /** Ends the key written with nothing after it: a list when items followed, placed at the key like snakeyaml. */
    private void closeOpenKey() {
        if (openList != null) {
            values.put(openKey, openList);
            Position keyLine = positions.get(openKey);
            positions.put(openKey, new Position(keyLine.line(), 1));
        }
        openKey = null;
        openList = null;
    }

    /** A quoted or plain scalar filling the rest of the line from {@code at}, or {@link #UNSURE}. */
    private Object scalar(int at, int end) {
        char first = source.charAt(at);
        if (first == '"' || first == '\'') {
            return quoted(at, end);
        }
        int last = trimEnd(at, end);
        if (!startsPlain(at, last)) {
            return UNSURE;
        }
        for (int i = at + 1; i < last; i++) {
            char c = source.charAt(i);
            // ": " would start a map and " #" a comment; a final ':' is a colon before the line end
            if (c == ':' && (i + 1 == last || source.charAt(i + 1) == ' ')
                    || c == '#' && source.charAt(i - 1) == ' ') {
                return UNSURE;
            }
        }
        return plain(source.substring(at, last));
    }

    private Object quoted(int at, int end) {
        char quote = source.charAt(at);
        StringBuilder text = new StringBuilder();
        int i = at + 1;
        while (true) {
            int close = source.indexOf(quote, i);
            if (close < 0 || close >= end) {
                return UNSURE;
            }
            text.append(source, i, close);
            if (quote == '\'' && close + 1 < end && source.charAt(close + 1) == '\'') {
                text.append('\'');
                i = close + 2;
            } else {
                i = close + 1;
                break;
            }
        }
        // escapes are left to snakeyaml, and so is anything after the closing quote, a comment included
        if (quote == '"' && text.indexOf("\\") >= 0 || FlatLines.skipSpaces(source, i, end) != end) {
            return UNSURE;
        }
        return text.toString();
    }

    /** {@code [a, b]} on one line, items plain and simple, or {@code []}. */
    private Object flowSequence(int at, int end) {
        int close = source.indexOf(']', at);
        if (close < 0 || close >= end || FlatLines.skipSpaces(source, close + 1, end) != end) {
            return UNSURE;
        }
        List<Object> items = new ArrayList<>();
        if (FlatLines.skipSpaces(source, at + 1, close) == close) {
            return items;
        }
        for (int from = at + 1; from <= close; ) {
            int comma = source.indexOf(',', from);
            int to = comma < 0 || comma > close ? close : comma;
            int first = FlatLines.skipSpaces(source, from, to);
            int last = trimEnd(first, to);
            // in a flow sequence these end a plain item or start something else; a trailing comma is left out too
            if (first == last || !startsPlain(first, last) || containsAny(first, last, "[]{}#:?\"'")) {
                return UNSURE;
            }
            Object item = plain(source.substring(first, last));
            if (item == UNSURE) {
                return UNSURE;
            }
            items.add(item);
            spent++;
            from = to + 1;
        }
        return items;
    }

    /** A plain scalar's value, tagged by the resolver snakeyaml's path uses; a tag beyond plain data is unsure. */
    private static Object plain(String text) {
        Tag tag = CoreSchemaResolver.INSTANCE.resolve(NodeId.scalar, text, true);
        return YamlValues.isDataTag(tag) ? YamlValues.scalar(text, tag) : UNSURE;
    }

    /** Whether a plain scalar may start here: not with an indicator, though {@code -3} is a number. */
    private boolean startsPlain(int at, int last) {
        char c = source.charAt(at);
        if (c == '-') {
            return at + 1 < last && source.charAt(at + 1) >= '0' && source.charAt(at + 1) <= '9';
        }
        return "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }

    private boolean containsAny(int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(source.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }


    /** The end of {@code [from, to)} without its trailing spaces (only spaces: other whitespace is content). */
    private int trimEnd(int from, int to) {
        while (to > from && source.charAt(to - 1) == ' ') {
            to--;
        }
        return to;
    }

    private static boolean isKeyStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isKeyPart(char c) {
        return isKeyStart(c) || c >= '0' && c <= '9' || c == '.' || c == '-';
    }
}
