package org.articlekit.exporter.json;

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

    // the names every node writes, encoded once
    private static final JsonOutput.Name ALIGN = JsonOutput.Name.of("align");
    private static final JsonOutput.Name ALT = JsonOutput.Name.of("alt");
    private static final JsonOutput.Name CHECKED = JsonOutput.Name.of("checked");
    private static final JsonOutput.Name CHILDREN = JsonOutput.Name.of("children");
    private static final JsonOutput.Name COL_SPAN = JsonOutput.Name.of("colSpan");
    private static final JsonOutput.Name DEPTH = JsonOutput.Name.of("depth");
    private static final JsonOutput.Name HEADER_ROW = JsonOutput.Name.of("headerRow");
    private static final JsonOutput.Name HEIGHT = JsonOutput.Name.of("height");
    private static final JsonOutput.Name KIND = JsonOutput.Name.of("kind");
    private static final JsonOutput.Name LANG = JsonOutput.Name.of("lang");
    private static final JsonOutput.Name META = JsonOutput.Name.of("meta");
    private static final JsonOutput.Name ORDERED = JsonOutput.Name.of("ordered");
    private static final JsonOutput.Name ROW_SPAN = JsonOutput.Name.of("rowSpan");
    private static final JsonOutput.Name SPREAD = JsonOutput.Name.of("spread");
    private static final JsonOutput.Name START = JsonOutput.Name.of("start");
    private static final JsonOutput.Name TITLE = JsonOutput.Name.of("title");
    private static final JsonOutput.Name TYPE = JsonOutput.Name.of("type");
    private static final JsonOutput.Name URL = JsonOutput.Name.of("url");
    private static final JsonOutput.Name VALUE = JsonOutput.Name.of("value");
    private static final JsonOutput.Name WIDTH = JsonOutput.Name.of("width");

    private final JsonOutput g;
    private final FieldWriter fields = new FieldWriter();

    private MdastWriter(JsonOutput g) {
        this.g = g;
    }

    /** Writes {@code document} as the next value of {@code g}. */
    static void write(JsonOutput g, Document document) throws IOException {
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
        g.startObject();
        g.name(TYPE);
        g.string(document.type());
        openChildren(pending, document);
        while (!pending.isEmpty()) {
            Frame frame = pending.peek();
            if (!frame.children().hasNext()) {
                pending.pop();
                g.endArray();
                g.endObject();
                continue;
            }
            Node node = frame.children().next();
            g.startObject();
            g.name(TYPE);
            g.string(node.type());
            if (writeFields(node, frame.parent())) {
                openChildren(pending, node);
            } else {
                g.endObject();
            }
        }
    }

    private void openChildren(Deque<Frame> pending, Node parent) throws IOException {
        g.name(CHILDREN);
        g.startArray();
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
            bool(SPREAD, parent instanceof ListBlock list && list.spread());
            if (item.checked() != null) {
                bool(CHECKED, item.checked());
            }
            return true;
        }
        if (node instanceof TableCell cell) {
            if (cell.colSpan() > 1) {
                number(COL_SPAN, cell.colSpan());
            }
            if (cell.rowSpan() > 1) {
                number(ROW_SPAN, cell.rowSpan());
            }
            return true;
        }
        if (node instanceof TableRow) {
            return true;
        }
        throw new IllegalStateException("a document cannot hold " + node.type() + " below its root");
    }

    private void bool(JsonOutput.Name name, boolean value) throws IOException {
        g.name(name);
        g.bool(value);
    }

    private void number(JsonOutput.Name name, long value) throws IOException {
        g.name(name);
        g.number(value);
    }

    /** Field writing per node type; the visitors make a new node type a compile error until handled here. */
    private final class FieldWriter implements BlockVisitor<Boolean>, InlineVisitor<Boolean> {

        @Override
        public Boolean visitHeading(Heading heading) {
            return io(() -> number(DEPTH, heading.depth()), true);
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
                bool(ORDERED, list.ordered());
                if (list.ordered()) {
                    number(START, list.start());
                }
                bool(SPREAD, list.spread());
            }, true);
        }

        @Override
        public Boolean visitCode(Code code) {
            return io(() -> {
                string(LANG, code.lang());
                string(META, code.meta());
                string(VALUE, code.value());
            }, false);
        }

        @Override
        public Boolean visitTable(Table table) {
            return io(() -> {
                g.name(ALIGN);
                g.startArray();
                for (Align align : table.align()) {
                    g.string(align.mdast());
                }
                g.endArray();
                if (!table.headerRow()) {
                    bool(HEADER_ROW, false);
                }
            }, true);
        }

        @Override
        public Boolean visitThematicBreak(ThematicBreak thematicBreak) {
            return false;
        }

        @Override
        public Boolean visitHtml(Html html) {
            return io(() -> string(VALUE, html.value()), false);
        }

        @Override
        public Boolean visitEmbed(Embed embed) {
            return io(() -> {
                string(KIND, embed.kind().id());
                string(URL, embed.url());
                string(TITLE, embed.title());
                integer(WIDTH, embed.width());
                integer(HEIGHT, embed.height());
            }, false);
        }

        @Override
        public Boolean visitText(Text text) {
            return io(() -> string(VALUE, text.value()), false);
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
            return io(() -> string(VALUE, inlineCode.value()), false);
        }

        @Override
        public Boolean visitLink(Link link) {
            return io(() -> {
                string(URL, link.url());
                string(TITLE, link.title());
            }, true);
        }

        @Override
        public Boolean visitImage(Image image) {
            return io(() -> {
                string(URL, image.url());
                string(ALT, image.alt());
                string(TITLE, image.title());
                if (image.width() != null) {
                    number(WIDTH, image.width());
                }
                if (image.height() != null) {
                    number(HEIGHT, image.height());
                }
            }, false);
        }

        @Override
        public Boolean visitBreak(Break lineBreak) {
            return false;
        }

        private void string(JsonOutput.Name name, String value) throws IOException {
            g.name(name);
            g.string(value);
        }

        private void integer(JsonOutput.Name name, Integer value) throws IOException {
            g.name(name);
            if (value == null) {
                g.nullValue();
            } else {
                g.number(value);
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
