package org.articlekit.parser.internal.frontmatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlekit.core.FrontMatter;
import org.articlekit.parser.internal.Diagnostics;

/**
 * Reads a JSON front matter: Hugo's {@code {…}} object or Hexo's {@code "key": value} lines (read as if braced).
 * Values are built from Jackson's token stream with an explicit stack, so duplicate keys and the position of
 * each top-level value are known and no nesting can overflow the stack. JSON that does not parse is read again
 * leniently (trailing commas, single quotes, comments, unquoted names), and as a last resort entry by entry.
 */
final class JsonReader {

    private static final JsonFactory STRICT = new JsonFactory();
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_YAML_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private JsonReader() {
    }

    static FrontMatterContent read(String source, int firstLine, FrontMatterSettings settings,
            Diagnostics diagnostics) {
        // Hexo's bare form gets its braces on lines of their own: the text starts a line earlier than the file's
        String head = source.stripLeading();
        boolean braced = head.startsWith("{") || head.startsWith("[");
        String text = braced ? source : "{\n" + source + "\n}";
        int textLine = braced ? firstLine : firstLine - 1;
        try {
            return parse(STRICT, text, textLine, settings, diagnostics);
        } catch (JsonProcessingException e) {
            Position at = TomlReader.position(e.getLocation(), textLine);
            String problem = "the front matter is not valid JSON (" + e.getOriginalMessage() + ")";
            if (settings.strict()) {
                diagnostics.error("front-matter-syntax", problem, at.line(), at.column());
                return FrontMatterContent.empty(firstLine);
            }
            diagnostics.warning("front-matter-syntax", problem + "; it was read leniently", at.line(), at.column());
            try {
                return parse(LENIENT, text, textLine, settings, diagnostics);
            } catch (JsonProcessingException stillBroken) {
                return YamlReader.read(asYamlEntries(source), firstLine, settings, diagnostics);
            }
        }
    }

    private static FrontMatterContent parse(JsonFactory factory, String text, int firstLine,
            FrontMatterSettings settings, Diagnostics diagnostics) throws JsonProcessingException {
        ValueBudget budget = new ValueBudget(settings);
        Map<String, Position> positions = new LinkedHashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                Position at = position(parser.currentTokenLocation(), firstLine);
                diagnostics.fault(settings.strict(), "front-matter-not-a-map", "the front matter is not a JSON"
                        + " object of keys and values; it is ignored", at.line(), at.column());
                return FrontMatterContent.empty(firstLine);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            Deque<Object> containers = new ArrayDeque<>();
            Deque<Map<String, Position>> keysSeen = new ArrayDeque<>();
            containers.push(root);
            keysSeen.push(new LinkedHashMap<>());
            String key = null;
            while (!containers.isEmpty()) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of the object");
                }
                Position at = position(parser.currentTokenLocation(), firstLine);
                switch (token) {
                    case FIELD_NAME -> {
                        key = parser.currentName();
                        Position before = keysSeen.peek().put(key, at);
                        if (before != null) {
                            diagnostics.fault(settings.strict(), "front-matter-duplicate-key", "the key '" + key
                                    + "' is written again (first on line " + before.line()
                                    + "); the later value is kept", at.line(), at.column());
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        containers.pop();
                        keysSeen.pop();
                    }
                    default -> {
                        budget.spend();
                        Object value = switch (token) {
                            case START_OBJECT -> new LinkedHashMap<String, Object>();
                            case START_ARRAY -> new ArrayList<>();
                            case VALUE_STRING -> parser.getText();
                            case VALUE_NUMBER_INT -> parser.getNumberValue();
                            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                            case VALUE_TRUE -> Boolean.TRUE;
                            case VALUE_FALSE -> Boolean.FALSE;
                            default -> null;
                        };
                        Object parent = containers.peek();
                        if (parent == root) {
                            positions.put(key, at);
                        }
                        add(parent, key, value);
                        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                            budget.checkDepth(containers.size() + 1);
                            containers.push(value);
                            keysSeen.push(new LinkedHashMap<>());
                        }
                    }
                }
            }
            return new FrontMatterContent(new FrontMatter(root), positions, firstLine);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object parent, String key, Object value) {
        if (parent instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(key, value);
        } else {
            ((List<Object>) parent).add(value);
        }
    }

    private static Position position(JsonLocation location, int firstLine) {
        return TomlReader.position(location, firstLine);
    }

    /**
     * JSON lines as YAML entries for the last-resort reading: braces around the whole dropped, trailing commas
     * dropped, indentation removed ({@code "title": "x",} is a valid YAML entry once its comma is gone).
     */
    private static String asYamlEntries(String source) {
        String[] lines = source.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && !s.equals("{") && !s.equals("}")) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder();
        boolean opened = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            String stripped = line.strip();
            if (!opened && stripped.startsWith("{")) {
                opened = true;
                line = stripped.substring(1);
            } else if (i >= lines.length - 2 && stripped.equals("}")) {
                line = "";
            } else if (line.length() >= indent && line.substring(0, indent).isBlank()) {
                line = line.substring(indent);
            }
            if (line.endsWith(",")) {
                line = line.substring(0, line.length() - 1);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
