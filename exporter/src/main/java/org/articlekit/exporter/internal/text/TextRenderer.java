package org.articlekit.exporter.internal.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.articlekit.core.Article;
import org.articlekit.core.IsoDates;
import org.articlekit.core.Metadata;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.BlockVisitor;
import org.articlekit.core.document.Blockquote;
import org.articlekit.core.document.Code;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Heading;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.ListBlock;
import org.articlekit.core.document.ListItem;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Table;
import org.articlekit.core.document.ThematicBreak;

/**
 * Renders an article as plain text for a person at a terminal: blocks separated by blank lines, headings underlined
 * or marked, lists and quotes indented, text wrapped by display width with kinsoku, links numbered at the end.
 * Immutable; each {@link #render} call works on its own state. Blocks are walked with an explicit stack, so any
 * nesting depth is safe.
 */
public final class TextRenderer {

    private final TextSettings settings;

    public TextRenderer(TextSettings settings) {
        this.settings = settings;
    }

    /** Writes {@code article} to {@code out} (not flushed, not closed). */
    public void render(Article article, Writer out) throws IOException {
        try {
            new Run(out).render(article);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The state of one rendering. */
    private final class Run implements BlockVisitor<Void> {
        private final LineOutput out;
        private final References references = new References();
        private final InlineFlattener inlines = new InlineFlattener(settings, references);
        private final Deque<Frame> stack = new ArrayDeque<>();

        Run(Writer writer) {
            this.out = new LineOutput(writer, settings.width());
        }

        void render(Article article) {
            if (settings.header()) {
                header(article.metadata());
            }
            stack.push(new BlocksFrame(article.content().children(), true, false));
            while (!stack.isEmpty()) {
                stack.peek().step();
            }
            referenceList();
        }

        // ---- the metadata header ------------------------------------------------------------------------------

        private void header(Metadata metadata) {
            if (metadata.title() != null && !metadata.title().isBlank()) {
                underlined(new ParagraphText().append(metadata.title()), '=');
            }
            if (metadata.date() != null) {
                wrapped(new ParagraphText().append("Date: " + IsoDates.format(metadata.date())));
            }
            List<String> authors = metadata.authors().stream().filter(a -> a != null && !a.isBlank()).toList();
            if (!authors.isEmpty()) {
                wrapped(new ParagraphText().append((authors.size() == 1 ? "Author: " : "Authors: ")
                        + String.join(", ", authors)));
            }
            out.blankLine();
        }

        private void referenceList() {
            if (settings.links() != TextSettings.LinkStyle.END || references.isEmpty()) {
                return;
            }
            out.blankLine();
            for (Map.Entry<String, Integer> entry : references.entries()) {
                out.line("[" + entry.getValue() + "] " + entry.getKey());
            }
        }

        // ---- the block walk -----------------------------------------------------------------------------------

        /** A container being written: the stack holds one per open container. */
        private abstract class Frame {
            final long linesAtStart = out.lines();

            abstract void step();
        }

        /** The blocks of the document, a quote or a list item. */
        private final class BlocksFrame extends Frame {
            private final List<Block> blocks;
            private final boolean separated;
            private final boolean indented;
            private int next;

            BlocksFrame(List<Block> blocks, boolean separated, boolean indented) {
                this.blocks = blocks;
                this.separated = separated;
                this.indented = indented;
            }

            @Override
            void step() {
                if (next < blocks.size()) {
                    if (separated && out.lines() > linesAtStart) {
                        out.blankLine();
                    }
                    blocks.get(next++).accept(Run.this);
                    return;
                }
                stack.pop();
                if (indented) {
                    out.pop();
                }
            }
        }

        /** A list item: its blocks, and its marker even when it has none. */
        private final class ItemFrame extends Frame {
            private final BlocksFrame blocks;
            private boolean entered;

            ItemFrame(ListItem item, boolean spread) {
                this.blocks = new BlocksFrame(item.children(), spread, false);
            }

            @Override
            void step() {
                if (!entered) {
                    entered = true;
                    stack.push(blocks);
                    return;
                }
                stack.pop();
                if (out.lines() == linesAtStart) {
                    out.line("");            // an empty item still shows its marker
                }
                out.pop();
            }
        }

        /** The items of a list. */
        private final class ListFrame extends Frame {
            private final ListBlock list;
            private final int markerWidth;
            private int next;

            ListFrame(ListBlock list) {
                this.list = list;
                long last = (long) list.start() + Math.max(0, list.children().size() - 1);
                this.markerWidth = list.ordered() ? Long.toString(last).length() + 2 : 2;
            }

            @Override
            void step() {
                if (next >= list.children().size()) {
                    stack.pop();
                    return;
                }
                ListItem item = list.children().get(next);
                if (list.spread() && out.lines() > linesAtStart) {
                    out.blankLine();
                }
                String marker = marker(next);
                if (item.checked() != null) {
                    marker += item.checked() ? "[x] " : "[ ] ";
                }
                out.push(marker, " ".repeat(DisplayWidth.of(marker)));
                next++;
                stack.push(new ItemFrame(item, list.spread()));
            }

            private String marker(int index) {
                if (!list.ordered()) {
                    return "- ";
                }
                String number = Long.toString((long) list.start() + index) + ".";
                return " ".repeat(Math.max(0, markerWidth - 1 - number.length())) + number + " ";
            }
        }

        @Override
        public Void visitHeading(Heading heading) {
            ParagraphText text = inlines.flatten(heading.children());
            if (text.isBlank()) {
                return null;
            }
            if (heading.depth() <= 2) {
                underlined(text, heading.depth() == 1 ? '=' : '-');
            } else {
                String mark = "#".repeat(heading.depth()) + " ";
                out.push(mark, " ".repeat(mark.length()));
                wrapped(text);
                out.pop();
            }
            return null;
        }

        @Override
        public Void visitParagraph(Paragraph paragraph) {
            wrapped(inlines.flatten(paragraph.children()));
            return null;
        }

        @Override
        public Void visitBlockquote(Blockquote blockquote) {
            out.push("> ", "> ");
            stack.push(new BlocksFrame(blockquote.children(), true, true));
            return null;
        }

        @Override
        public Void visitList(ListBlock list) {
            stack.push(new ListFrame(list));
            return null;
        }

        @Override
        public Void visitCode(Code code) {
            String value = code.value();
            if (value.isEmpty()) {
                return null;
            }
            int start = 0;
            while (start <= value.length()) {
                int end = value.indexOf('\n', start);
                if (end < 0) {
                    end = value.length();
                }
                out.line(CodeLines.clean(value, start, end));
                start = end + 1;
            }
            return null;
        }

        @Override
        public Void visitTable(Table table) {
            new TableLayout(table, inlines, out).write();
            return null;
        }

        @Override
        public Void visitThematicBreak(ThematicBreak thematicBreak) {
            int width = Math.min(out.restWidth(), settings.width() == 0 ? 40 : settings.width());
            out.line("-".repeat(Math.max(3, width)));
            return null;
        }

        @Override
        public Void visitHtml(Html html) {
            ParagraphText text = new ParagraphText();
            HtmlText.appendTo(html.value(), text);
            wrapped(text);
            return null;
        }

        @Override
        public Void visitEmbed(Embed embed) {
            ParagraphText text = new ParagraphText();
            inlines.appendEmbed(embed, text);
            wrapped(text);
            return null;
        }

        // ---- writing text -------------------------------------------------------------------------------------

        /** Writes {@code text} wrapped to the page, each hard break starting a new line. */
        private void wrapped(ParagraphText text) {
            Paragraphs.write(text, out);
        }

        /** Writes {@code text} wrapped, then a line of {@code rule} as wide as its widest line. */
        private void underlined(ParagraphText text, char rule) {
            int widest = Paragraphs.writeMeasured(text, out);
            if (widest > 0) {
                out.line(String.valueOf(rule).repeat(widest));
            }
        }
    }
}
