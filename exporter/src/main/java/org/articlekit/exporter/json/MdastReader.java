package org.articlekit.exporter.json;

import static org.articlekit.exporter.json.JsonShape.bool;
import static org.articlekit.exporter.json.JsonShape.integer;
import static org.articlekit.exporter.json.JsonShape.mismatch;
import static org.articlekit.exporter.json.JsonShape.requiredString;
import static org.articlekit.exporter.json.JsonShape.string;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Delete;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;
import org.articlekit.core.document.Text;
import org.articlekit.core.document.ThematicBreak;
import org.articlekit.exporter.json.JsonTree.JsonArray;
import org.articlekit.exporter.json.JsonTree.JsonObject;

/**
 * Turns an mdast {@code root} (as {@link JsonTree} values) into a {@link Document}, children before parents,
 * with an explicit stack. Accepts what {@link MdastWriter} writes and ignores fields it does not know
 * ({@code position}, {@code data} …), so trees from other mdast tools read too as long as they use only the node
 * types of the model.
 */
final class MdastReader {

    private MdastReader() {
    }

    /** A parent node whose children are being converted. */
    private static final class Frame {
        final JsonObject node;
        final String type;
        final JsonArray children;
        final List<Object> converted;
        int next;

        Frame(JsonObject node, String type) {
            this.node = node;
            this.type = type;
            JsonArray kids = JsonShape.array(node, "children");
            this.children = kids == null ? new JsonArray(node.line, node.column) : kids;
            this.converted = new ArrayList<>(children.size());
        }
    }

    static Document read(JsonObject root) {
        String rootType = requiredString(root, "type");
        if (!rootType.equals("root")) {
            throw mismatch(root, "content must be a root node, not " + rootType);
        }
        Deque<Frame> open = new ArrayDeque<>();
        open.push(new Frame(root, rootType));
        while (true) {
            Frame frame = open.peek();
            if (frame.next < frame.children.size()) {
                Object child = frame.children.get(frame.next++);
                if (!(child instanceof JsonObject node)) {
                    throw mismatch(frame.node, "every child of a " + frame.type + " must be a node object");
                }
                String type = requiredString(node, "type");
                if (isParent(type)) {
                    open.push(new Frame(node, type));
                } else {
                    frame.converted.add(leaf(node, type));
                }
                continue;
            }
            open.pop();
            Object built = parent(frame);
            if (open.isEmpty()) {
                return (Document) built;
            }
            open.peek().converted.add(built);
        }
    }

    private static boolean isParent(String type) {
        return switch (type) {
            case "root", "heading", "paragraph", "blockquote", "list", "listItem", "table", "tableRow", "tableCell",
                    "emphasis", "strong", "delete", "link" -> true;
            default -> false;
        };
    }

    private static Object parent(Frame f) {
        JsonObject o = f.node;
        return switch (f.type) {
            case "root" -> new Document(children(f, Block.class));
            case "heading" -> {
                int depth = JsonShape.integer(o, "depth", 0);
                if (depth < 1 || depth > 6) {
                    throw mismatch(o, "a heading's depth must be 1 to 6: " + o.get("depth"));
                }
                yield new Heading(depth, children(f, Inline.class));
            }
            case "paragraph" -> new Paragraph(children(f, Inline.class));
            case "blockquote" -> new Blockquote(children(f, Block.class));
            case "list" -> {
                boolean ordered = bool(o, "ordered", false);
                int start = ordered ? integer(o, "start", 1) : 1;
                if (start < 0) {
                    throw mismatch(o, "a list's start must not be negative: " + start);
                }
                yield new ListBlock(ordered, start, bool(o, "spread", false), children(f, ListItem.class));
            }
            case "listItem" -> new ListItem(bool(o, "checked"), children(f, Block.class));
            case "table" -> new Table(aligns(o), bool(o, "headerRow", true), children(f, TableRow.class));
            case "tableRow" -> new TableRow(children(f, TableCell.class));
            case "tableCell" -> new TableCell(children(f, Inline.class), span(o, "colSpan"), span(o, "rowSpan"));
            case "emphasis" -> new Emphasis(children(f, Inline.class));
            case "strong" -> new Strong(children(f, Inline.class));
            case "delete" -> new Delete(children(f, Inline.class));
            case "link" -> new Link(requiredString(o, "url"), string(o, "title"), children(f, Inline.class));
            default -> throw new IllegalStateException("not a parent type: " + f.type);
        };
    }

    private static Object leaf(JsonObject o, String type) {
        return switch (type) {
            case "text" -> new Text(requiredString(o, "value"));
            case "inlineCode" -> new InlineCode(requiredString(o, "value"));
            case "code" -> new Code(string(o, "lang"), string(o, "meta"), requiredString(o, "value"));
            case "html" -> new Html(requiredString(o, "value"));
            case "thematicBreak" -> new ThematicBreak();
            case "break" -> new Break();
            case "image" -> new Image(requiredString(o, "url"), string(o, "alt"), string(o, "title"),
                    integer(o, "width"), integer(o, "height"));
            case "embed" -> new Embed(embedKind(o), requiredString(o, "url"), string(o, "title"),
                    integer(o, "width"), integer(o, "height"));
            default -> throw mismatch(o, "unknown node type \"" + type + "\"");
        };
    }

    private static <T> List<T> children(Frame f, Class<T> kind) {
        List<T> typed = new ArrayList<>(f.converted.size());
        for (Object child : f.converted) {
            if (!kind.isInstance(child)) {
                throw mismatch(f.node, "a " + f.type + " cannot hold a "
                        + ((org.articlekit.core.document.Node) child).type() + " node");
            }
            typed.add(kind.cast(child));
        }
        return typed;
    }

    private static List<Align> aligns(JsonObject table) {
        JsonArray values = JsonShape.array(table, "align");
        List<Align> aligns = new ArrayList<>();
        if (values == null) {
            return aligns;
        }
        for (Object value : values) {
            if (value == null) {
                aligns.add(Align.NONE);
            } else if (value instanceof String s && !s.equals("none") && isAlign(s)) {
                aligns.add(Align.valueOf(s.toUpperCase(Locale.ROOT)));
            } else {
                throw mismatch(table, "a table's align holds left, right, center or null, not " + value);
            }
        }
        return aligns;
    }

    private static boolean isAlign(String s) {
        return s.equals("left") || s.equals("right") || s.equals("center");
    }

    private static int span(JsonObject cell, String key) {
        int span = integer(cell, key, 1);
        if (span < 1) {
            throw mismatch(cell, "a cell's " + key + " must be at least 1: " + span);
        }
        return span;
    }

    private static Embed.Kind embedKind(JsonObject o) {
        String kind = requiredString(o, "kind");
        for (Embed.Kind k : Embed.Kind.values()) {
            if (k.id().equals(kind)) {
                return k;
            }
        }
        throw mismatch(o, "an embed's kind is iframe, video, audio or object, not " + kind);
    }
}
