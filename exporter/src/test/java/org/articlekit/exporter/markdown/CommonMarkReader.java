package org.articlekit.exporter.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown back with commonmark-java and its GFM extensions into the {@link Canonical} form, so that it can be
 * compared with the canonical form of the tree the exporter was given.
 */
final class CommonMarkReader {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.create(), TaskListItemsExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private CommonMarkReader() {
    }

    static Parser parser() {
        return PARSER;
    }

    /** The canonical form of the body of {@code markdown} (a leading YAML block skipped). */
    static String read(String markdown) {
        String body = markdown;
        if (body.startsWith("---\n")) {
            int end = body.indexOf("\n---\n", 3);
            body = end < 0 ? body : body.substring(end + 5);
        }
        Node document = PARSER.parse(body);
        StringBuilder out = new StringBuilder();
        SOURCE.set(body);
        blocks(out, document);
        return out.toString();
    }

    /** The Markdown being read, to check task markers against (see {@link #isTaskMarker}). */
    private static final ThreadLocal<String> SOURCE = new ThreadLocal<>();

    /**
     * Whether a task marker commonmark-java found is one: 0.27 also takes an escaped {@code \[x]} for one, which
     * cmark-gfm and GitHub (rightly) do not.
     */
    private static boolean isTaskMarker(TaskListItemMarker marker) {
        Node spanned = marker;
        while (spanned != null && spanned.getSourceSpans().isEmpty()) {
            spanned = spanned.getNext() != null ? spanned.getNext() : spanned.getParent();
        }
        if (spanned == null) {
            return true;
        }
        int at = spanned.getSourceSpans().get(0).getInputIndex();
        return !SOURCE.get().startsWith("\\[", at);
    }

    private static void blocks(StringBuilder out, Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            block(out, node);
        }
    }

    private static void block(StringBuilder out, Node node) {
        if (node instanceof Paragraph) {
            String inline = inlines(node, UNMARKED.get());
            UNMARKED.remove();
            if (!inline.isEmpty()) {
                out.append("P(").append(inline).append(')');
            }
        } else if (node instanceof Heading heading) {
            out.append('H').append(heading.getLevel()).append('(').append(inlines(node)).append(')');
        } else if (node instanceof BlockQuote) {
            out.append("Q[");
            blocks(out, node);
            out.append(']');
        } else if (node instanceof BulletList) {
            out.append("UL[");
            items(out, node);
            out.append(']');
        } else if (node instanceof OrderedList list) {
            out.append("OL").append(list.getMarkerStartNumber()).append('[');
            items(out, node);
            out.append(']');
        } else if (node instanceof FencedCodeBlock code) {
            String literal = code.getLiteral();
            if (literal.endsWith("\n")) {
                literal = literal.substring(0, literal.length() - 1);
            }
            out.append("C(").append(code.getInfo()).append(")[").append(Canonical.stripLineEnds(literal)).append(']');
        } else if (node instanceof IndentedCodeBlock code) {
            out.append("INDENTED[").append(code.getLiteral()).append(']');
        } else if (node instanceof ThematicBreak) {
            out.append("HR");
        } else if (node instanceof HtmlBlock html) {
            out.append("HB[").append(html.getLiteral().strip()).append(']');
        } else if (node instanceof TableBlock) {
            table(out, node);
        } else if (node instanceof LinkReferenceDefinition) {
            return;
        } else {
            out.append("?").append(node.getClass().getSimpleName());
        }
    }

    private static void items(StringBuilder out, Node list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Boolean checked = null;
            List<Node> content = new ArrayList<>();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TaskListItemMarker marker) {
                    if (isTaskMarker(marker)) {
                        checked = marker.isChecked();
                    } else {
                        // commonmark-java 0.27 took an escaped "\\[x] " for a marker and dropped it from the text
                        UNMARKED.set(marker.isChecked() ? "[x] " : "[ ] ");
                    }
                } else {
                    content.add(child);
                }
            }
            if (!content.isEmpty() && content.get(0) instanceof Paragraph p
                    && p.getFirstChild() instanceof TaskListItemMarker marker && isTaskMarker(marker)) {
                checked = marker.isChecked();
            }
            out.append("I").append(checked == null ? "" : checked ? "x" : "o").append('[');
            for (Node child : content) {
                block(out, child);
            }
            out.append(']');
        }
    }

    private static void table(StringBuilder out, Node table) {
        List<String> aligns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        collectRows(table, rows, aligns);
        out.append("T").append(aligns).append('[');
        for (List<String> row : rows) {
            out.append("R").append(row);
        }
        out.append(']');
    }

    private static void collectRows(Node node, List<List<String>> rows, List<String> aligns) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TableCell c = (TableCell) cell;
                    if (rows.isEmpty()) {
                        aligns.add(c.getAlignment() == null ? "none" : c.getAlignment().name().toLowerCase());
                    }
                    cells.add(inlines(cell));
                }
                rows.add(cells);
            } else {
                collectRows(child, rows, aligns);
            }
        }
    }

    private static final ThreadLocal<String> UNMARKED = new ThreadLocal<>();

    private static String inlines(Node parent) {
        return inlines(parent, null);
    }

    private static String inlines(Node parent, String prefix) {
        Canonical.Inlines tokens = new Canonical.Inlines();
        if (prefix != null) {
            tokens.text(prefix);
        }
        inlineChildren(tokens, parent);
        return tokens.finish();
    }

    private static void inlineChildren(Canonical.Inlines out, Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            inline(out, node);
        }
    }

    private static void inline(Canonical.Inlines out, Node node) {
        if (node instanceof Text text) {
            out.text(text.getLiteral());
        } else if (node instanceof SoftLineBreak) {
            out.text(" ");
        } else if (node instanceof HardLineBreak) {
            out.lineBreak();
        } else if (node instanceof Code code) {
            out.atom("code:" + code.getLiteral());
        } else if (node instanceof Emphasis) {
            mark(out, "E", node);
        } else if (node instanceof StrongEmphasis) {
            mark(out, "S", node);
        } else if (node instanceof Strikethrough) {
            mark(out, "D", node);
        } else if (node instanceof Link link) {
            String mark = "L:" + link.getDestination() + "|" + link.getTitle();
            if (link.getFirstChild() == null) {
                out.atom("emptylink:" + mark);
            } else {
                mark(out, mark, node);
            }
        } else if (node instanceof Image image) {
            StringBuilder alt = new StringBuilder();
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                alt.append(child instanceof Text t ? t.getLiteral() : "?" + child.getClass().getSimpleName());
            }
            out.atom("img:" + image.getDestination() + "|" + image.getTitle() + "|" + alt);
        } else if (node instanceof HtmlInline html) {
            String value = html.getLiteral();
            switch (value) {
                case "<em>" -> out.push("E");
                case "</em>" -> out.pop("E");
                case "<strong>" -> out.push("S");
                case "</strong>" -> out.pop("S");
                case "<del>" -> out.push("D");
                case "</del>" -> out.pop("D");
                case "<br>" -> out.lineBreak();
                default -> out.atom("html:" + value);
            }
        } else if (node instanceof TaskListItemMarker marker) {
            if (!isTaskMarker(marker)) {
                // commonmark-java 0.27 took an escaped "\[x] " for a marker and dropped it from the text
                out.text(marker.isChecked() ? "[x] " : "[ ] ");
            }
        } else {
            out.atom("?" + node.getClass().getSimpleName());
        }
    }

    private static void mark(Canonical.Inlines out, String mark, Node node) {
        out.push(mark);
        inlineChildren(out, node);
        out.pop(mark);
    }
}
