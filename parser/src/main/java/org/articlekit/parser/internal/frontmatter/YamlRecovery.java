package org.articlekit.parser.internal.frontmatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.FrontMatter;
import org.articlekit.parser.internal.Diagnostics;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads what it can from a YAML block that does not parse. The block is cut into entries, one per top-level
 * key (its line plus the indented lines and {@code - item} lines after it); each entry is parsed alone, so one
 * broken entry does not cost the others. An entry that still does not parse is read by hand — {@code key: value}
 * with quoted or unquoted scalars, {@code - item} lists, {@code key: value} maps one level down — and gets a
 * warning at the line and column of its fault.
 */
final class YamlRecovery {

    private static final Pattern KEY_LINE = Pattern.compile(
            "^(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s:#\\-][^:]*?|-[^\\s:][^:]*?)\\s*:(?:[ \\t]+(.*))?$");
    private static final Pattern BLOCK_INDICATOR = Pattern.compile("^[|>][+-]?[0-9]?\\s*(?:#.*)?$");

    private YamlRecovery() {
    }

    static FrontMatterContent recover(String source, int firstLine, MarkedYAMLException failure,
            FrontMatterSettings settings, Diagnostics diagnostics) {
        String[] lines = source.split("\n", -1);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        int faults = 0;
        int i = 0;
        while (i < lines.length) {
            if (!startsEntry(lines[i])) {
                if (!lines[i].isBlank() && !lines[i].stripLeading().startsWith("#")) {
                    diagnostics.warning("front-matter-syntax", "the front-matter line '" + shorten(lines[i].strip())
                            + "' is not a 'key: value' entry; it is skipped", firstLine + i, 1);
                    faults++;
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.length && !startsEntry(lines[end])) {
                end++;
            }
            faults += entry(lines, i, end, firstLine, settings, diagnostics, values, positions, keyLines);
            i = end;
        }
        if (faults == 0) {
            Position at = YamlReader.position(failure, firstLine);
            diagnostics.warning("front-matter-syntax", "the front matter is not valid YAML ("
                    + YamlReader.describe(failure) + "); it was read entry by entry", at.line(), at.column());
        }
        return new FrontMatterContent(new FrontMatter(values), positions, firstLine);
    }

    /** Reads lines {@code from..to} as one entry into {@code values}; returns how many faults it reported. */
    private static int entry(String[] lines, int from, int to, int firstLine, FrontMatterSettings settings,
            Diagnostics diagnostics, Map<String, Object> values, Map<String, Position> positions,
            Map<String, Integer> keyLines) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(lines[k]).append('\n');
        }
        int line = firstLine + from;
        try {
            FrontMatterContent alone = YamlReader.parse(text.toString(), line, settings, diagnostics);
            alone.values().values().forEach((key, value) -> {
                Position position = alone.positionOf(key);
                put(key, value, position, values, positions, keyLines, diagnostics);
            });
            return 0;
        } catch (MarkedYAMLException broken) {
            Position at = YamlReader.position(broken, line);
            Matcher key = KEY_LINE.matcher(lines[from]);
            if (!key.matches()) {
                diagnostics.warning("front-matter-syntax", "the front-matter line '" + shorten(lines[from].strip())
                        + "' cannot be read (" + YamlReader.describe(broken) + "); it is skipped", at.line(),
                        at.column());
                return 1;
            }
            String name = unquoteKey(key.group(1).strip());
            diagnostics.warning("front-matter-syntax", "the value of '" + name + "' is not valid YAML ("
                    + YamlReader.describe(broken) + "); it was recovered as written", at.line(), at.column());
            List<String> rest = new ArrayList<>();
            for (int k = from + 1; k < to; k++) {
                rest.add(lines[k]);
            }
            Object value = byHand(key.group(2) == null ? "" : key.group(2), rest);
            int column = key.group(2) == null ? 1 : key.start(2) + 1;
            put(name, value, new Position(line, column), values, positions, keyLines, diagnostics);
            return 1;
        }
    }

    private static void put(String key, Object value, Position position, Map<String, Object> values,
            Map<String, Position> positions, Map<String, Integer> keyLines, Diagnostics diagnostics) {
        Integer first = keyLines.putIfAbsent(key, position.line());
        if (first != null) {
            diagnostics.warning("front-matter-duplicate-key", "the key '" + key + "' is written again (first on line "
                    + first + "); the later value is kept", position.line(), 1);
        }
        values.put(key, value);
        positions.put(key, position);
    }

    /** The value of an entry that YAML cannot read: the text on the key's line and the lines under it. */
    static Object byHand(String inline, List<String> following) {
        List<String> content = following.stream().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
        String head = inline.strip();
        if (BLOCK_INDICATOR.matcher(head).matches()) {
            String separator = head.startsWith("|") ? "\n" : " ";
            return String.join(separator, content.stream().map(String::strip).toList());
        }
        if (!head.isEmpty()) {
            StringBuilder joined = new StringBuilder(head);
            content.forEach(l -> joined.append(' ').append(l.strip()));
            return ScalarText.value(joined.toString());
        }
        if (content.isEmpty()) {
            return null;
        }
        if (content.stream().anyMatch(l -> isItem(l.strip()))) {
            return items(content);
        }
        if (content.stream().allMatch(l -> KEY_LINE.matcher(l.strip()).matches())) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String l : content) {
                Matcher m = KEY_LINE.matcher(l.strip());
                if (m.matches()) {
                    map.put(unquoteKey(m.group(1).strip()), ScalarText.value(m.group(2) == null ? "" : m.group(2)));
                }
            }
            return map;
        }
        return ScalarText.value(String.join(" ", content.stream().map(String::strip).toList()));
    }

    /** {@code - item} lines; a more indented line that is not an item continues the item before it. */
    private static List<Object> items(List<String> content) {
        List<StringBuilder> texts = new ArrayList<>();
        for (String l : content) {
            String stripped = l.strip();
            if (isItem(stripped)) {
                texts.add(new StringBuilder(stripped.substring(1).strip()));
            } else if (!texts.isEmpty()) {
                texts.get(texts.size() - 1).append(' ').append(stripped);
            }
        }
        List<Object> list = new ArrayList<>();
        texts.forEach(t -> list.add(ScalarText.value(t.toString())));
        return list;
    }

    private static boolean isItem(String stripped) {
        return stripped.equals("-") || stripped.startsWith("- ");
    }

    /** Whether a line starts a new top-level entry: not indented, not a list item, comment or closing bracket. */
    private static boolean startsEntry(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
            return false;
        }
        char c = line.charAt(0);
        return c != '#' && c != ']' && c != '}' && c != ',' && !isItem(line.stripTrailing());
    }

    private static String unquoteKey(String key) {
        if (key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"")
                || key.startsWith("'") && key.endsWith("'"))) {
            Object value = ScalarText.value(key);
            return String.valueOf(value);
        }
        return key;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
