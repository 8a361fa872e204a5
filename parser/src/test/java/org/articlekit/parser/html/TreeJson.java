package org.articlekit.parser.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Node;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.Text;
import org.articlekit.core.document.ThematicBreak;

/**
 * Test-only: writes a document tree as mdast-shaped JSON with every field of every node, so that fixtures can be
 * compared as text and read by a person. Invisible and look-alike spaces (no-break, ideographic, zero-width …)
 * are written as {@code \\uXXXX} escapes so that a fixture shows which space a text holds. (Recursive: test trees
 * are at most a few dozen levels deep.)
 */
final class TreeJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().setCharacterEscapes(new VisibleSpaces());
    }

    /** Escapes every space separator, format character and control except the plain space. */
    private static final class VisibleSpaces extends CharacterEscapes {
        private final int[] asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            int type = Character.getType(ch);
            boolean invisible = type == Character.SPACE_SEPARATOR || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            // returning null writes the character as it is
            return invisible && ch > 0x7F ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private TreeJson() {
    }

    static String write(Node root, List<Diagnostic> diagnostics) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("content", toMap(root));
        List<String> codes = new ArrayList<>();
        diagnostics.forEach(d -> codes.add(d.severity().id() + " " + d.code() + " " + d.line() + ":" + d.column()));
        out.put("diagnostics", codes);
        try {
            return MAPPER.writeValueAsString(out).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> toMap(Node node) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", node.type());
        if (node instanceof Text text) {
            map.put("value", text.value());
        } else if (node instanceof InlineCode code) {
            map.put("value", code.value());
        } else if (node instanceof Html html) {
            map.put("value", html.value());
        } else if (node instanceof Code code) {
            putIfPresent(map, "lang", code.lang());
            putIfPresent(map, "meta", code.meta());
            map.put("value", code.value());
        } else if (node instanceof Heading heading) {
            map.put("depth", heading.depth());
        } else if (node instanceof ListBlock list) {
            map.put("ordered", list.ordered());
            map.put("start", list.start());
            map.put("spread", list.spread());
        } else if (node instanceof ListItem item) {
            putIfPresent(map, "checked", item.checked());
        } else if (node instanceof Link link) {
            map.put("url", link.url());
            putIfPresent(map, "title", link.title());
        } else if (node instanceof Image image) {
            map.put("url", image.url());
            map.put("alt", image.alt());
            putIfPresent(map, "title", image.title());
            putIfPresent(map, "width", image.width());
            putIfPresent(map, "height", image.height());
        } else if (node instanceof Table table) {
            List<String> align = new ArrayList<>();
            table.align().forEach(a -> align.add(a.mdast()));
            map.put("align", align);
            map.put("headerRow", table.headerRow());
        } else if (node instanceof TableCell cell) {
            if (cell.colSpan() > 1) {
                map.put("colSpan", cell.colSpan());
            }
            if (cell.rowSpan() > 1) {
                map.put("rowSpan", cell.rowSpan());
            }
        } else if (node instanceof Embed embed) {
            map.put("kind", embed.kind().id());
            map.put("url", embed.url());
            putIfPresent(map, "title", embed.title());
            putIfPresent(map, "width", embed.width());
            putIfPresent(map, "height", embed.height());
        }
        if (!node.children().isEmpty() || !(node instanceof Text || node instanceof Image || node instanceof Code
                || node instanceof InlineCode || node instanceof Html || node instanceof Embed
                || node instanceof Break || node instanceof ThematicBreak)) {
            List<Object> children = new ArrayList<>();
            for (Node child : node.children()) {
                children.add(toMap(child));
            }
            map.put("children", children);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
