package org.articlekit.parser.internal.frontmatter;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.FrontMatter;
import org.articlekit.parser.internal.Diagnostics;

/**
 * Reads a TOML front matter: a flat block — most are — by {@link FlatToml} alone, to the same result; others
 * through Jackson; dates and times stay text as written. A block that does not parse
 * is read line by line: {@code [table]} headers, {@code key = value} lines (a value running over several lines,
 * like an array, included), each parsed alone and read by hand when that fails.
 */
final class TomlReader {

    private static final ObjectMapper TOML = TomlMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Pattern KEY = Pattern.compile("^\\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_\\-]+)(?:\\.[^=]*)?\\s*=\\s*(.*)$");
    private static final Pattern TABLE = Pattern.compile("^\\s*(\\[\\[?)\\s*([^\\]]+?)\\s*\\]\\]?\\s*(?:#.*)?$");

    private TomlReader() {
    }

    static FrontMatterContent read(String source, int firstLine, FrontMatterSettings settings,
            Diagnostics diagnostics) {
        FrontMatterContent flat = FlatToml.read(source, firstLine, settings);
        return flat != null ? flat : readWithJackson(source, firstLine, settings, diagnostics);
    }

    /**
     * Reads a block with Jackson alone; {@link FlatToml} must read every block it accepts exactly as this does,
     * which the tests check by running both.
     */
    static FrontMatterContent readWithJackson(String source, int firstLine, FrontMatterSettings settings,
            Diagnostics diagnostics) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> raw = TOML.readValue(source, LinkedHashMap.class);
            Map<String, Object> values = PlainValues.map(raw == null ? Map.of() : raw, new ValueBudget(settings), 1);
            return new FrontMatterContent(new FrontMatter(values), positions(source, firstLine), firstLine);
        } catch (StreamConstraintsException e) {
            // a limit, not a typo: reading the block line by line would only build what the limit refused
            // Jackson names the Java setting behind the limit, which means nothing to the person reading this
            String limit = e.getOriginalMessage().replaceFirst(", from `[^`]*`", "");
            throw new LimitExceeded("the front matter is past a reading limit: " + limit);
        } catch (JsonProcessingException e) {
            Position at = position(e.getLocation(), firstLine);
            String problem = "the front matter is not valid TOML (" + e.getOriginalMessage() + ")";
            if (settings.strict()) {
                diagnostics.error("front-matter-syntax", problem, at.line(), at.column());
                return FrontMatterContent.empty(firstLine);
            }
            int before = diagnostics.count();
            FrontMatterContent recovered = recover(source, firstLine, new ValueBudget(settings), diagnostics);
            if (diagnostics.count() == before) {
                // no line was at fault on its own: report the block's fault once
                diagnostics.warning("front-matter-syntax", problem + "; it was read line by line", at.line(),
                        at.column());
            }
            return recovered;
        }
    }

    static Position position(JsonLocation location, int firstLine) {
        if (location == null || location.getLineNr() < 1) {
            return new Position(firstLine, 1);
        }
        return new Position(firstLine + location.getLineNr() - 1, Math.max(1, location.getColumnNr()));
    }

    /** Where each top-level key's value starts: the {@code key = value} lines before the first table header. */
    private static Map<String, Position> positions(String source, int firstLine) {
        Map<String, Position> positions = new LinkedHashMap<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (TABLE.matcher(lines[i]).matches()) {
                break;
            }
            Matcher key = KEY.matcher(lines[i]);
            if (key.matches()) {
                positions.putIfAbsent(unquote(key.group(1)), new Position(firstLine + i, key.start(2) + 1));
            }
        }
        return positions;
    }

    private static FrontMatterContent recover(String source, int firstLine, ValueBudget budget,
            Diagnostics diagnostics) {
        String[] lines = source.split("\n", -1);
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        Map<String, Object> table = root;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher header = TABLE.matcher(line);
            Matcher key = KEY.matcher(line);
            if (line.isBlank() || line.strip().startsWith("#")) {
                i++;
            } else if (header.matches()) {
                table = table(root, header.group(2), header.group(1).equals("[["), budget);
                i++;
            } else if (key.matches()) {
                int end = i + 1;
                while (end < lines.length && !KEY.matcher(lines[end]).matches() && !TABLE.matcher(lines[end]).matches()) {
                    end++;
                }
                String name = unquote(key.group(1));
                Object value = entry(lines, i, end, key.group(2), name, firstLine, budget, diagnostics);
                table.put(name, value);
                if (table == root) {
                    positions.putIfAbsent(name, new Position(firstLine + i, key.start(2) + 1));
                }
                i = end;
            } else {
                diagnostics.warning("front-matter-syntax", "the front-matter line '" + line.strip()
                        + "' is not a 'key = value' entry; it is skipped", firstLine + i, 1);
                i++;
            }
        }
        return new FrontMatterContent(new FrontMatter(root), positions, firstLine);
    }

    private static Object entry(String[] lines, int from, int to, String inline, String name, int firstLine,
            ValueBudget budget, Diagnostics diagnostics) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(lines[k]).append('\n');
        }
        try {
            Map<?, ?> alone = TOML.readValue(text.toString(), LinkedHashMap.class);
            if (alone.size() == 1) {
                return PlainValues.value(alone.values().iterator().next(), budget, 2);
            }
        } catch (JsonProcessingException e) {
            Position at = position(e.getLocation(), firstLine + from);
            diagnostics.warning("front-matter-syntax", "the value of '" + name + "' is not valid TOML ("
                    + e.getOriginalMessage() + "); it was recovered as written", at.line(), at.column());
        }
        StringBuilder joined = new StringBuilder(inline.strip());
        for (int k = from + 1; k < to; k++) {
            if (!lines[k].isBlank()) {
                joined.append(' ').append(lines[k].strip());
            }
        }
        return ScalarText.value(joined.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(Map<String, Object> root, String path, boolean arrayOfTables,
            ValueBudget budget) {
        Map<String, Object> table = root;
        String[] parts = path.split("\\.");
        for (int p = 0; p < parts.length; p++) {
            budget.checkDepth(p + 2); // the root is depth 1
            String part = unquote(parts[p].strip());
            boolean last = p == parts.length - 1;
            Object existing = table.get(part);
            if (last && arrayOfTables) {
                List<Object> list = existing instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
                table.put(part, list);
                Map<String, Object> next = new LinkedHashMap<>();
                list.add(next);
                return next;
            }
            if (existing instanceof Map<?, ?> map) {
                table = (Map<String, Object>) map;
            } else {
                Map<String, Object> next = new LinkedHashMap<>();
                table.put(part, next);
                table = next;
            }
        }
        return table;
    }

    private static String unquote(String key) {
        String k = key.strip();
        if (k.length() >= 2 && (k.startsWith("\"") && k.endsWith("\"") || k.startsWith("'") && k.endsWith("'"))) {
            return k.substring(1, k.length() - 1);
        }
        return k;
    }
}
