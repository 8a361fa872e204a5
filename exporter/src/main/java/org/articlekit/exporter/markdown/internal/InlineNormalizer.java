package org.articlekit.exporter.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Delete;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Text;

/**
 * Rewrites inline content into the form Markdown can spell, without changing what a reader sees: adjacent texts
 * and adjacent marks of one kind merge, a mark inside a mark of the same kind and a link inside a link unwrap
 * (HTML shows them the same; Markdown cannot nest them), empty marks and texts go.
 */
final class InlineNormalizer {

    private final DepthGuard guard;

    InlineNormalizer(DepthGuard guard) {
        this.guard = guard;
    }

    /** The normalised form of {@code inlines}, outside any mark or link. */
    List<Inline> normalize(List<Inline> inlines) {
        return normalize(inlines, 0);
    }

    /** Flags of the marks around the content being normalised. */
    private static final int IN_EMPHASIS = 1;
    private static final int IN_STRONG = 2;
    private static final int IN_DELETE = 4;
    private static final int IN_LINK = 8;

    private List<Inline> normalize(List<Inline> inlines, int context) {
        guard.enter();
        try {
            if (inlines.size() == 1 && inlines.get(0) instanceof Text text) {
                // the usual paragraph, one run of text: already in normal form unless empty
                return text.value().isEmpty() ? List.of() : inlines;
            }
            Collector out = new Collector();
            for (int i = 0; i < inlines.size(); i++) {
                Inline inline = inlines.get(i);
                int mark = markOf(inline);
                if (mark == 0) {
                    add(out, inline, context);
                    continue;
                }
                // adjacent marks of one kind are one mark: gather them before normalising once
                List<Inline> children = new ArrayList<>(inline.children().size());
                addChildren(children, inline);
                while (i + 1 < inlines.size() && markOf(inlines.get(i + 1)) == mark) {
                    addChildren(children, inlines.get(++i));
                }
                addMark(out, children, context, mark);
            }
            return out.finish();
        } finally {
            guard.exit();
        }
    }

    private static void addChildren(List<Inline> target, Inline mark) {
        for (Object child : mark.children()) {
            target.add((Inline) child);
        }
    }

    private void add(Collector out, Inline inline, int context) {
        if (inline instanceof Text text) {
            out.text(text.value());
        } else if (inline instanceof Emphasis || inline instanceof Strong || inline instanceof Delete) {
            List<Inline> children = new ArrayList<>();
            addChildren(children, inline);
            addMark(out, children, context, markOf(inline));
        } else if (inline instanceof Link link) {
            if ((context & IN_LINK) != 0) {
                for (Inline child : normalize(link.children(), context)) {
                    add(out, child, context);
                }
            } else {
                out.node(new Link(link.url(), link.title(), normalize(link.children(), context | IN_LINK)));
            }
        } else if (inline instanceof InlineCode code) {
            if (!code.value().isEmpty()) {
                out.code(code.value());
            }
        } else if (inline instanceof Html html) {
            if (!html.value().isEmpty()) {
                out.node(html);
            }
        } else if (inline instanceof Image || inline instanceof Break) {
            out.node(inline);
        }
    }

    private void addMark(Collector out, List<Inline> children, int context, int mark) {
        List<Inline> content = normalize(children, context | mark);
        if ((context & mark) != 0) {
            // the same mark inside itself shows as the mark alone
            for (Inline child : content) {
                add(out, child, context);
            }
        } else if (!content.isEmpty()) {
            out.node(make(mark, content));
        }
    }

    /** Builds a list of inlines, joining adjacent texts without quadratic copying. */
    private static final class Collector {
        private final List<Inline> out = new ArrayList<>();
        /** The text waiting to become a node while it is a single run: most runs have no neighbour to join. */
        private String pendingText;
        /** The texts waiting to become one node once there are two or more; created on the first join. */
        private StringBuilder joined;

        void text(String value) {
            if (pendingText == null) {
                if (joined == null || joined.length() == 0) {
                    pendingText = value;
                } else {
                    joined.append(value);
                }
                return;
            }
            if (joined == null) {
                joined = new StringBuilder(pendingText.length() + value.length() + 16);
            }
            joined.append(pendingText).append(value);
            pendingText = null;
        }

        void node(Inline inline) {
            flush();
            out.add(inline);
        }

        /** Adjacent code spans read as one, and written apart their backticks would run together. */
        void code(String value) {
            flush();
            int last = out.size() - 1;
            if (last >= 0 && out.get(last) instanceof InlineCode previous) {
                out.set(last, new InlineCode(previous.value() + value));
            } else {
                out.add(new InlineCode(value));
            }
        }

        List<Inline> finish() {
            flush();
            return out;
        }

        private void flush() {
            if (pendingText != null) {
                if (!pendingText.isEmpty()) {
                    out.add(new Text(pendingText));
                }
                pendingText = null;
            } else if (joined != null && joined.length() > 0) {
                out.add(new Text(joined.toString()));
                joined.setLength(0);
            }
        }
    }

    private static int markOf(Inline inline) {
        if (inline instanceof Emphasis) {
            return IN_EMPHASIS;
        } else if (inline instanceof Strong) {
            return IN_STRONG;
        } else if (inline instanceof Delete) {
            return IN_DELETE;
        }
        return 0;
    }

    private static Inline make(int mark, List<Inline> content) {
        return switch (mark) {
            case IN_EMPHASIS -> new Emphasis(content);
            case IN_STRONG -> new Strong(content);
            default -> new Delete(content);
        };
    }
}
