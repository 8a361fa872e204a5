package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.BlockVisitor;
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
import org.articlekit.core.document.InlineVisitor;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Node;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;
import org.articlekit.core.document.Text;
import org.articlekit.core.document.ThematicBreak;

/**
 * Writes a {@link Document} as an mdast {@code root}, fields of each node in a fixed order ({@code type}, the
 * node's own fields, {@code children} last). Walks the tree with an explicit stack, so any depth is safe.
 *
 * <p>Beyond mdast it writes only what the published schema documents: the {@code embed} node, {@code width}
 * and {@code height} of an image when known, {@code colSpan}/{@code rowSpan} of a table cell when above 1,
 * and {@code headerRow: false} on a table whose first row is not a header in the source.
 */
final class MdastWriter {

    private final JsonGenerator g;
    private final FieldWriter fields = new FieldWriter();

    private MdastWriter(JsonGenerator g) {
        this.g = g;
    }

    /** Writes {@code document} as the next value of {@code g}. */
    static void write(JsonGenerator g, Document document) throws IOException {
        try {
            new MdastWriter(g).writeTree(document);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A parent whose children are being written. */
    private record Frame(Node parent, Iterator<? extends Node> children) {
    }

    private void writeTree(Document document) throws IOException {
        Deque<Frame> pending = new ArrayDeque<>();
        g.writeStartObject();
        g.writeStringField("type", document.type());
        openChildren(pending, document);
        while (!pending.isEmpty()) {
            Frame frame = pending.peek();
            if (!frame.children().hasNext()) {
                pending.pop();
                g.writeEndArray();
                g.writeEndObject();
                continue;
            }
            Node node = frame.children().next();
            g.writeStartObject();
            g.writeStringField("type", node.type());
            if (writeFields(node, frame.parent())) {
                openChildren(pending, node);
            } else {
                g.writeEndObject();
            }
        }
    }

    private void openChildren(Deque<Frame> pending, Node parent) throws IOException {
        g.writeArrayFieldStart("children");
        pending.push(new Frame(parent, parent.children().iterator()));
    }

    /** Writes the node's own fields; tells whether it is an mdast parent (has {@code children}). */
    private boolean writeFields(Node node, Node parent) throws IOException {
        if (node instanceof Block block) {
            return block.accept(fields);
        }
        if (node instanceof Inline inline) {
            return inline.accept(fields);
        }
        if (node instanceof ListItem item) {
            // mdast asks per item whether blank lines separate its children; the model knows it per list
            g.writeBooleanField("spread", parent instanceof ListBlock list && list.spread());
            if (item.checked() != null) {
                g.writeBooleanField("checked", item.checked());
            }
            return true;
        }
        if (node instanceof TableCell cell) {
            if (cell.colSpan() > 1) {
                g.writeNumberField("colSpan", cell.colSpan());
            }
            if (cell.rowSpan() > 1) {
                g.writeNumberField("rowSpan", cell.rowSpan());
            }
            return true;
        }
        if (node instanceof TableRow) {
            return true;
        }
        throw new IllegalStateException("a document cannot hold " + node.type() + " below its root");
    }

    /** Field writing per node type; the visitors make a new node type a compile error until handled here. */
    private final class FieldWriter implements BlockVisitor<Boolean>, InlineVisitor<Boolean> {

        @Override
        public Boolean visitHeading(Heading heading) {
            return io(() -> g.writeNumberField("depth", heading.depth()), true);
        }

        @Override
        public Boolean visitParagraph(Paragraph paragraph) {
            return true;
        }

        @Override
        public Boolean visitBlockquote(Blockquote blockquote) {
            return true;
        }

        @Override
        public Boolean visitList(ListBlock list) {
            return io(() -> {
                g.writeBooleanField("ordered", list.ordered());
                if (list.ordered()) {
                    g.writeNumberField("start", list.start());
                }
                g.writeBooleanField("spread", list.spread());
            }, true);
        }

        @Override
        public Boolean visitCode(Code code) {
            return io(() -> {
                string("lang", code.lang());
                string("meta", code.meta());
                string("value", code.value());
            }, false);
        }

        @Override
        public Boolean visitTable(Table table) {
            return io(() -> {
                g.writeArrayFieldStart("align");
                for (Align align : table.align()) {
                    JsonText.writeString(g, align.mdast());
                }
                g.writeEndArray();
                if (!table.headerRow()) {
                    g.writeBooleanField("headerRow", false);
                }
            }, true);
        }

        @Override
        public Boolean visitThematicBreak(ThematicBreak thematicBreak) {
            return false;
        }

        @Override
        public Boolean visitHtml(Html html) {
            return io(() -> string("value", html.value()), false);
        }

        @Override
        public Boolean visitEmbed(Embed embed) {
            return io(() -> {
                string("kind", embed.kind().id());
                string("url", embed.url());
                string("title", embed.title());
                integer("width", embed.width());
                integer("height", embed.height());
            }, false);
        }

        @Override
        public Boolean visitText(Text text) {
            return io(() -> string("value", text.value()), false);
        }

        @Override
        public Boolean visitEmphasis(Emphasis emphasis) {
            return true;
        }

        @Override
        public Boolean visitStrong(Strong strong) {
            return true;
        }

        @Override
        public Boolean visitDelete(Delete delete) {
            return true;
        }

        @Override
        public Boolean visitInlineCode(InlineCode inlineCode) {
            return io(() -> string("value", inlineCode.value()), false);
        }

        @Override
        public Boolean visitLink(Link link) {
            return io(() -> {
                string("url", link.url());
                string("title", link.title());
            }, true);
        }

        @Override
        public Boolean visitImage(Image image) {
            return io(() -> {
                string("url", image.url());
                string("alt", image.alt());
                string("title", image.title());
                if (image.width() != null) {
                    g.writeNumberField("width", image.width());
                }
                if (image.height() != null) {
                    g.writeNumberField("height", image.height());
                }
            }, false);
        }

        @Override
        public Boolean visitBreak(Break lineBreak) {
            return false;
        }

        private void string(String name, String value) throws IOException {
            g.writeFieldName(name);
            JsonText.writeString(g, value);
        }

        private void integer(String name, Integer value) throws IOException {
            g.writeFieldName(name);
            if (value == null) {
                g.writeNull();
            } else {
                g.writeNumber(value);
            }
        }

        private Boolean io(IoAction action, boolean parent) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return parent;
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }
}
