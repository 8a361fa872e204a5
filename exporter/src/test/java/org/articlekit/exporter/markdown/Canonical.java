package org.articlekit.exporter.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.articlekit.core.document.Align;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Delete;
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

/**
 * A normal form of a document that both an articlekit tree and a commonmark-java tree map to, equal exactly when a
 * reader sees the same document: inline content is a sequence of characters and atoms, each with the set of marks
 * (emphasis, strong, strikethrough, link) over it, so that nesting order, adjacent marks and marks over spaces do
 * not matter; spaces and breaks at a block's edges, which nobody sees, are dropped.
 */
final class Canonical {

    private Canonical() {
    }

    /** The canonical form of an articlekit block list. */
    static String of(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            block(out, block);
        }
        return out.toString();
    }

    private static void block(StringBuilder out, Block block) {
        if (block instanceof Paragraph p) {
            String inline = inlines(p.children());
            if (!inline.isEmpty()) {
                out.append("P(").append(inline).append(')');
            }
        } else if (block instanceof Heading h) {
            out.append('H').append(h.depth()).append('(').append(inlines(h.children())).append(')');
        } else if (block instanceof Blockquote q) {
            out.append("Q[").append(of(q.children())).append(']');
        } else if (block instanceof ListBlock list) {
            if (list.children().isEmpty()) {
                return;
            }
            out.append(list.ordered() ? "OL" + Math.min(list.start(), 999_999_999) : "UL").append('[');
            for (ListItem item : list.children()) {
                boolean task = item.checked() != null && !item.children().isEmpty()
                        && item.children().get(0) instanceof Paragraph;
                out.append('I').append(task ? item.checked() ? "x" : "o" : "").append('[')
                        .append(of(item.children())).append(']');
            }
            out.append(']');
        } else if (block instanceof Code code) {
            String info = ((code.lang() == null ? "" : code.lang()) + (code.meta() == null ? "" : " " + code.meta()))
                    .strip();
            out.append("C(").append(info).append(")[").append(stripLineEnds(code.value())).append(']');
        } else if (block instanceof Table table) {
            table(out, table);
        } else if (block instanceof ThematicBreak) {
            out.append("HR");
        } else if (block instanceof Html html) {
            out.append("HB[").append(html.value().strip()).append(']');
        } else if (block instanceof Embed embed) {
            String kind = switch (embed.kind()) {
                case VIDEO -> "video";
                case AUDIO -> "audio";
                default -> "embed";
            };
            String label = embed.title() == null || embed.title().isBlank() ? kind : kind + ": " + embed.title();
            block(out, new Paragraph(List.of(new Link(embed.url(), null, List.of(new Text(label))))));
        }
    }

    /**
     * Spaces at the ends of code lines: nobody sees them, and inside containers CommonMark reads a line of only
     * spaces as blank.
     */
    static String stripLineEnds(String code) {
        return code.replaceAll("[ \\t]+(?=\n|$)", "");
    }

    private static void table(StringBuilder out, Table table) {
        int columns = table.align().size();
        for (TableRow row : table.children()) {
            columns = Math.max(columns, row.children().size());
        }
        if (columns == 0 || table.children().isEmpty()) {
            return;
        }
        List<String> aligns = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Align a = c < table.align().size() ? table.align().get(c) : Align.NONE;
            aligns.add(a == Align.NONE ? "none" : a.mdast());
        }
        out.append("T").append(aligns).append('[');
        for (TableRow row : table.children()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(c < row.children().size() ? inlines(row.children().get(c).children()) : "");
            }
            out.append("R").append(cells);
        }
        out.append(']');
    }

    static String inlines(List<Inline> inlines) {
        Inlines out = new Inlines();
        inlines(out, inlines);
        return out.finish();
    }

    private static void inlines(Inlines out, List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.text(t.value());
            } else if (inline instanceof Emphasis e) {
                mark(out, "E", e.children());
            } else if (inline instanceof Strong s) {
                mark(out, "S", s.children());
            } else if (inline instanceof Delete d) {
                mark(out, "D", d.children());
            } else if (inline instanceof InlineCode c) {
                out.atom("code:" + c.value());
            } else if (inline instanceof Link link) {
                String mark = "L:" + link.url() + "|" + link.title();
                if (link.children().isEmpty()) {
                    out.atom("emptylink:" + mark);
                } else {
                    mark(out, mark, link.children());
                }
            } else if (inline instanceof Image image) {
                out.atom("img:" + image.url() + "|" + image.title() + "|" + image.alt());
            } else if (inline instanceof Break) {
                out.lineBreak();
            } else if (inline instanceof Html html) {
                out.atom("html:" + html.value());
            }
        }
    }

    private static void mark(Inlines out, String mark, List<Inline> children) {
        out.push(mark);
        inlines(out, children);
        out.pop(mark);
    }

    /** Collects characters and atoms with the marks open over them, and prints them in normal form. */
    static final class Inlines {
        private record Token(String value, boolean atom, String marks) {
        }

        private final Map<String, Integer> open = new TreeMap<>();
        private final List<Token> tokens = new ArrayList<>();

        void push(String mark) {
            open.merge(mark, 1, Integer::sum);
        }

        void pop(String mark) {
            open.computeIfPresent(mark, (k, v) -> v == 1 ? null : v - 1);
        }

        void text(String value) {
            value.codePoints().forEach(cp -> {
                boolean space = Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR;
                tokens.add(new Token(Character.toString(cp), false, space ? linkMarks() : marks()));
            });
        }

        void atom(String value) {
            int last = tokens.size() - 1;
            if (value.startsWith("code:") && last >= 0 && tokens.get(last).atom()
                    && tokens.get(last).value().startsWith("code:") && tokens.get(last).marks().equals(marks())) {
                // two code spans side by side show as one
                tokens.set(last, new Token(tokens.get(last).value() + value.substring(5), true, marks()));
                return;
            }
            tokens.add(new Token(value, true, marks()));
        }

        void lineBreak() {
            tokens.add(new Token("BR", true, ""));
        }

        private String marks() {
            return String.join(",", open.keySet());
        }

        private String linkMarks() {
            return open.keySet().stream().filter(m -> m.startsWith("L:")).collect(Collectors.joining(","));
        }

        String finish() {
            List<Token> kept = new ArrayList<>(tokens);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < kept.size(); i++) {
                    Token t = kept.get(i);
                    boolean edge = i == 0 || i == kept.size() - 1;
                    boolean blank = !t.atom() && (t.value().equals(" ") || t.value().equals("\t"));
                    boolean nextToBreak = i > 0 && isBreak(kept.get(i - 1))
                            || i + 1 < kept.size() && isBreak(kept.get(i + 1));
                    if (blank && (edge || nextToBreak) || isBreak(t) && edge) {
                        kept.remove(i);
                        changed = true;
                        break;
                    }
                }
            }
            StringBuilder out = new StringBuilder();
            String marks = null;
            for (Token t : kept) {
                if (!t.marks().equals(marks)) {
                    out.append('{').append(t.marks()).append('}');
                    marks = t.marks();
                }
                out.append(t.atom() ? "<" + t.value() + ">" : t.value());
            }
            return out.toString();
        }

        private static boolean isBreak(Token t) {
            return t.atom() && t.value().equals("BR");
        }
    }
}
