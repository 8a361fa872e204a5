package org.articlekit.parser.internal.frontmatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlekit.core.FrontMatter;

/**
 * Reads the flat TOML front matter that nearly every Hugo article has, without Jackson: parsing with TomlMapper
 * and placing keys with regular expressions cost as much as parsing the article's HTML body. It accepts only what
 * it can prove the Jackson path ({@link TomlReader#readWithJackson}) reads the same way, and returns {@code null}
 * — "not sure, ask Jackson" — for anything else.
 *
 * <p>Accepted, line by line ({@code \n} only): blank lines; comment lines ({@code #} after optional spaces);
 * {@code key = value} lines, spaces allowed before the key and around {@code =}, the key bare
 * ({@code [A-Za-z0-9_-]+}, no dots, no quotes) and not seen before, the value one of, with nothing but spaces
 * after it:
 * <ul>
 *   <li>a basic string {@code "..."} without backslashes (a String), or a literal string {@code '...'};</li>
 *   <li>an integer {@code -?(0|[1-9][0-9]{0,8})}: an Integer, as Jackson makes of it, which {@link FrontMatter}
 *       turns into a Long (Jackson makes a Long or a BigInteger of longer ones, and reads some of 19 digits
 *       wrong: 9223372036854775807 comes out as 6854775807, so only short ones are vouched for);</li>
 *   <li>{@code true} or {@code false} (a Boolean);</li>
 *   <li>an unquoted date {@code YYYY-MM-DD} or date-time {@code YYYY-MM-DDTHH:MM:SS} with an optional {@code Z}
 *       or {@code +HH:MM}/{@code -HH:MM}: the text as written, a String, as Jackson leaves it (it rewrites a
 *       space separator as {@code T}, so that form falls back);</li>
 *   <li>an array of such strings on one line, {@code ["a", 'b']}, or the empty {@code []} (a List).</li>
 * </ul>
 * and table headers {@code [name]} (spaces allowed before and after, the name bare and new): the lines after one
 * fill that table, as Hugo's {@code [params]} does. Everything else falls back: arrays of tables, dotted or
 * quoted names and keys, inline tables, floats, other numbers,
 * multi-line strings and arrays, escapes, trailing comments, duplicate keys, tabs, {@code \r} and other control
 * chars, and blocks near the size, value or depth limits.
 */
final class FlatToml {

    /**
     * The levels the Jackson path checks ({@link PlainValues}): the block at 1, a top-level list or table at 2, a
     * list in a table at 3.
     */
    private static final int TOP_DEPTH = 1;
    /** Digits of an integer that Jackson surely makes an Integer of. */
    private static final int MAX_INT_DIGITS = 9;
    private static final Object UNSURE = new Object();

    private final String source;
    private final int firstLine;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Position> positions = new LinkedHashMap<>();
    /** The values the Jackson path would spend from the budget: each value, table and list item. */
    private int spent;
    /** The deepest level a value of the block reaches, as the Jackson path counts it. */
    private int depth = TOP_DEPTH;
    /** The table the lines fill: the block itself until the first header. */
    private Map<String, Object> table = values;

    private FlatToml(String source, int firstLine) {
        this.source = source;
        this.firstLine = firstLine;
    }

    /** What the Jackson path would read from {@code source}, or {@code null} when this reader is not sure. */
    static FrontMatterContent read(String source, int firstLine, FrontMatterSettings settings) {
        if (source.length() > settings.maxBytes() || settings.maxDepth() < TOP_DEPTH
                || !FlatLines.isPlain(source)) {
            return null;
        }
        FlatToml reader = new FlatToml(source, firstLine);
        if (!reader.readLines() || reader.values.isEmpty() || reader.spent > settings.maxValues()
                || settings.maxDepth() < reader.depth) {
            return null;
        }
        return new FrontMatterContent(new FrontMatter(reader.values), reader.positions, firstLine);
    }

    private boolean readLines() {
        return FlatLines.eachLine(source, this::readLine);
    }

    private boolean readLine(int start, int end, int line) {
        int at = FlatLines.skipSpaces(source, start, end);
        if (at == end || source.charAt(at) == '#') {
            return true;
        }
        if (source.charAt(at) == '[') {
            return readHeader(at + 1, end);
        }
        int keyEnd = at;
        while (keyEnd < end && isBareKeyChar(source.charAt(keyEnd))) {
            keyEnd++;
        }
        if (keyEnd == at) {
            return false;
        }
        int equals = FlatLines.skipSpaces(source, keyEnd, end);
        if (equals == end || source.charAt(equals) != '=') {
            return false;
        }
        String key = source.substring(at, keyEnd);
        if (table.containsKey(key)) {
            return false;
        }
        int valueStart = FlatLines.skipSpaces(source, equals + 1, end);
        if (valueStart == end) {
            return false;
        }
        int[] next = {valueStart};
        Object value = source.charAt(valueStart) == '[' ? array(next, end) : scalar(next, end);
        if (value == UNSURE || FlatLines.skipSpaces(source, next[0], end) != end) {
            return false;
        }
        spent++;
        table.put(key, value);
        if (table == values) {
            // the Jackson path places the keys before the first table only
            positions.put(key, new Position(firstLine + line, valueStart - start + 1));
        }
        return true;
    }

    /** A {@code [name]} header from just after its bracket: a new top-level table the next lines fill. */
    private boolean readHeader(int from, int end) {
        int nameEnd = from;
        while (nameEnd < end && isBareKeyChar(source.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == from || nameEnd == end || source.charAt(nameEnd) != ']'
                || FlatLines.skipSpaces(source, nameEnd + 1, end) != end) {
            return false;
        }
        String name = source.substring(from, nameEnd);
        if (values.containsKey(name)) {
            return false;
        }
        table = new LinkedHashMap<>();
        values.put(name, table);
        spent++;
        depth = Math.max(depth, TOP_DEPTH + 1);
        return true;
    }

    /** A string, integer, boolean or date starting at {@code at[0]}; {@code at[0]} is moved past it. */
    private Object scalar(int[] at, int end) {
        int from = at[0];
        char first = source.charAt(from);
        if (first == '"' || first == '\'') {
            return string(at, end);
        }
        int to = from;
        while (to < end && source.charAt(to) != ' ') {
            to++;
        }
        at[0] = to;
        String text = source.substring(from, to);
        if (text.equals("true")) {
            return Boolean.TRUE;
        }
        if (text.equals("false")) {
            return Boolean.FALSE;
        }
        if (isInteger(text)) {
            return Integer.valueOf(text);
        }
        if (isDate(text)) {
            return text;
        }
        return UNSURE;
    }

    /** A basic string without backslashes, or a literal string, starting at {@code at[0]}. */
    private Object string(int[] at, int end) {
        char quote = source.charAt(at[0]);
        int close = source.indexOf(quote, at[0] + 1);
        if (close < 0 || close >= end) {
            return UNSURE;
        }
        String text = source.substring(at[0] + 1, close);
        if (quote == '"' && text.indexOf('\\') >= 0) {
            return UNSURE;
        }
        at[0] = close + 1;
        return text;
    }

    /** {@code ["a", 'b']} on one line, strings only, no trailing comma, or {@code []}. */
    private Object array(int[] at, int end) {
        // a list sits one level below its table, which is the block's (level 1) or a header's (level 2)
        depth = Math.max(depth, table == values ? TOP_DEPTH + 1 : TOP_DEPTH + 2);
        List<Object> items = new ArrayList<>();
        int i = FlatLines.skipSpaces(source, at[0] + 1, end);
        if (i < end && source.charAt(i) == ']') {
            at[0] = i + 1;
            return items;
        }
        while (true) {
            if (i == end || source.charAt(i) != '"' && source.charAt(i) != '\'') {
                return UNSURE;
            }
            int[] item = {i};
            Object value = string(item, end);
            if (value == UNSURE) {
                return UNSURE;
            }
            items.add(value);
            spent++;
            i = FlatLines.skipSpaces(source, item[0], end);
            if (i == end) {
                return UNSURE;
            }
            if (source.charAt(i) == ']') {
                at[0] = i + 1;
                return items;
            }
            if (source.charAt(i) != ',') {
                return UNSURE;
            }
            i = FlatLines.skipSpaces(source, i + 1, end);
        }
    }

    /** {@code -?(0|[1-9][0-9]*)} of at most {@link #MAX_INT_DIGITS} digits. */
    static boolean isInteger(String text) {
        int digits = text.startsWith("-") ? 1 : 0;
        int length = text.length() - digits;
        if (length < 1 || length > MAX_INT_DIGITS || text.charAt(digits) == '0' && length > 1) {
            return false;
        }
        for (int i = digits; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code YYYY-MM-DD}, or that with {@code THH:MM:SS} and an optional {@code Z} or {@code ±HH:MM}. */
    static boolean isDate(String text) {
        if (text.length() < 10 || !digitsAt(text, 0, 4) || text.charAt(4) != '-' || !digitsAt(text, 5, 2)
                || text.charAt(7) != '-' || !digitsAt(text, 8, 2)) {
            return false;
        }
        if (text.length() == 10) {
            return true;
        }
        if (text.length() < 19 || text.charAt(10) != 'T' || !digitsAt(text, 11, 2) || text.charAt(13) != ':'
                || !digitsAt(text, 14, 2) || text.charAt(16) != ':' || !digitsAt(text, 17, 2)) {
            return false;
        }
        String zone = text.substring(19);
        return zone.isEmpty() || zone.equals("Z") || zone.length() == 6 && (zone.charAt(0) == '+'
                || zone.charAt(0) == '-') && digitsAt(zone, 1, 2) && zone.charAt(3) == ':' && digitsAt(zone, 4, 2);
    }

    private static boolean digitsAt(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '-';
    }
}
