package org.articlekit.parser.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.BlockVisitor;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.TableCell;
import org.articlekit.core.document.TableRow;
import org.articlekit.core.document.Text;
import org.articlekit.core.document.ThematicBreak;

/**
 * Reduces blocks to inline content for a table cell, which holds inlines only: blocks are joined with a paragraph
 * break (two breaks, as {@code <br><br>} is read in a paragraph), lines with one break — the lines of a code block
 * (each becomes inline code), the rows of a nested table (its cells joined with spaces), the blocks of a tight list.
 * Embedded media cannot be inline: they are handed back to stand after the table. Works with an explicit stack.
 */
final class BlockFlattener {

    private final List<Inline> out = new ArrayList<>();
    private final List<Block> hoisted;
    /**
     * Blocks of tight lists, but the first of each: they start a new line, not a new paragraph. Made at the first
     * tight list: most table cells hold none, and a table has a flattener for each cell.
     */
    private Set<Block> tightLines;
    private boolean lineStartsBlock;

    private BlockFlattener(List<Block> hoisted) {
        this.hoisted = hoisted;
    }

    /** The inlines of {@code blocks}; embeds found among them are added to {@code hoisted}. */
    static List<Inline> inlines(List<Block> blocks, List<Block> hoisted) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        // the usual cell, one paragraph: its inlines as they are, unless two texts meet and must be joined
        if (blocks.size() == 1 && blocks.get(0) instanceof Paragraph paragraph
                && !hasAdjacentTexts(paragraph.children())) {
            return paragraph.children();
        }
        BlockFlattener flattener = new BlockFlattener(hoisted);
        flattener.flatten(blocks);
        return flattener.out;
    }

    private void flatten(List<Block> blocks) {
        Deque<Block> pending = new ArrayDeque<>();
        pushAll(pending, blocks);
        BlockVisitor<Void> visitor = new BlockVisitor<>() {
            @Override
            public Void visitHeading(Heading heading) {
                line(heading.children());
                return null;
            }

            @Override
            public Void visitParagraph(Paragraph paragraph) {
                line(paragraph.children());
                return null;
            }

            @Override
            public Void visitBlockquote(Blockquote blockquote) {
                pushAll(pending, blockquote.children());
                return null;
            }

            @Override
            public Void visitList(ListBlock list) {
                // the blocks of a tight list are lines; the first is a line too when the list itself is one
                boolean listIsLine = !lineStartsBlock;
                List<Block> inner = new ArrayList<>();
                for (ListItem item : list.children()) {
                    for (Block child : item.children()) {
                        if (!list.spread() && (listIsLine || !inner.isEmpty())) {
                            if (tightLines == null) {
                                tightLines = Collections.newSetFromMap(new IdentityHashMap<>());
                            }
                            tightLines.add(child);
                        }
                        inner.add(child);
                    }
                }
                pushAll(pending, inner);
                return null;
            }

            @Override
            public Void visitCode(Code code) {
                for (String codeLine : code.value().split("\n")) {
                    if (!codeLine.isBlank()) {
                        line(List.of(new InlineCode(codeLine)));
                    }
                }
                return null;
            }

            @Override
            public Void visitTable(Table table) {
                for (TableRow row : table.children()) {
                    List<Inline> rowLine = new ArrayList<>();
                    for (TableCell cell : row.children()) {
                        if (!rowLine.isEmpty()) {
                            rowLine.add(new Text(" "));
                        }
                        rowLine.addAll(cell.children());
                    }
                    line(rowLine);
                }
                return null;
            }

            @Override
            public Void visitThematicBreak(ThematicBreak thematicBreak) {
                return null;
            }

            @Override
            public Void visitHtml(Html html) {
                line(List.of(html));
                return null;
            }

            @Override
            public Void visitEmbed(Embed embed) {
                hoisted.add(embed);
                return null;
            }
        };
        while (!pending.isEmpty()) {
            Block block = pending.pop();
            lineStartsBlock = tightLines == null || !tightLines.contains(block);
            block.accept(visitor);
        }
    }

    /** Appends one line: after a paragraph break when it is the first of its block, else after a line break. */
    private void line(List<Inline> inlines) {
        if (inlines.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.add(new Break());
            if (lineStartsBlock) {
                out.add(new Break());
            }
        }
        lineStartsBlock = false;
        for (Inline inline : inlines) {
            int last = out.size() - 1;
            if (inline instanceof Text text && last >= 0 && out.get(last) instanceof Text before) {
                out.set(last, new Text(before.value() + text.value()));
            } else {
                out.add(inline);
            }
        }
    }

    private static boolean hasAdjacentTexts(List<Inline> inlines) {
        for (int i = 1; i < inlines.size(); i++) {
            if (inlines.get(i) instanceof Text && inlines.get(i - 1) instanceof Text) {
                return true;
            }
        }
        return false;
    }

    private static void pushAll(Deque<Block> pending, List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            pending.push(blocks.get(i));
        }
    }
}
