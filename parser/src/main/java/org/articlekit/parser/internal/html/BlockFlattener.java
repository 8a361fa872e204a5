package org.articlekit.parser.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
 * Reduces blocks to inline content for a table cell, which holds inlines only: each block's inlines, blocks joined
 * with breaks; code lines become inline code; a nested table's cells are joined with spaces, its rows with breaks.
 * Embedded media cannot be inline: they are handed back to stand after the table. Works with an explicit stack.
 */
final class BlockFlattener {

    private BlockFlattener() {
    }

    static List<Inline> inlines(List<Block> blocks, List<Block> hoisted) {
        List<List<Inline>> pieces = new ArrayList<>();
        Deque<Block> pending = new ArrayDeque<>();
        pushAll(pending, blocks);
        while (!pending.isEmpty()) {
            Block block = pending.pop();
            block.accept(new BlockVisitor<Void>() {
                @Override
                public Void visitHeading(Heading heading) {
                    pieces.add(heading.children());
                    return null;
                }

                @Override
                public Void visitParagraph(Paragraph paragraph) {
                    pieces.add(paragraph.children());
                    return null;
                }

                @Override
                public Void visitBlockquote(Blockquote blockquote) {
                    pushAll(pending, blockquote.children());
                    return null;
                }

                @Override
                public Void visitList(ListBlock list) {
                    List<Block> inner = new ArrayList<>();
                    for (ListItem item : list.children()) {
                        inner.addAll(item.children());
                    }
                    pushAll(pending, inner);
                    return null;
                }

                @Override
                public Void visitCode(Code code) {
                    for (String line : code.value().split("\n")) {
                        if (!line.isBlank()) {
                            pieces.add(List.of(new InlineCode(line)));
                        }
                    }
                    return null;
                }

                @Override
                public Void visitTable(Table table) {
                    for (TableRow row : table.children()) {
                        List<Inline> line = new ArrayList<>();
                        for (TableCell cell : row.children()) {
                            if (!line.isEmpty()) {
                                line.add(new Text(" "));
                            }
                            line.addAll(cell.children());
                        }
                        pieces.add(line);
                    }
                    return null;
                }

                @Override
                public Void visitThematicBreak(ThematicBreak thematicBreak) {
                    return null;
                }

                @Override
                public Void visitHtml(Html html) {
                    pieces.add(List.of(html));
                    return null;
                }

                @Override
                public Void visitEmbed(Embed embed) {
                    hoisted.add(embed);
                    return null;
                }
            });
        }
        List<Inline> out = new ArrayList<>();
        for (List<Inline> piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new Break());
            }
            for (Inline inline : piece) {
                int last = out.size() - 1;
                if (inline instanceof Text text && last >= 0 && out.get(last) instanceof Text before) {
                    out.set(last, new Text(before.value() + text.value()));
                } else {
                    out.add(inline);
                }
            }
        }
        return out;
    }

    private static void pushAll(Deque<Block> pending, List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            pending.push(blocks.get(i));
        }
    }
}
