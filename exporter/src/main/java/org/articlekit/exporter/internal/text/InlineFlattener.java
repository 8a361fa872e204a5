package org.articlekit.exporter.internal.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Delete;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.InlineVisitor;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Text;

/**
 * Turns inline content into {@link ParagraphText}: the text as it reads, emphasis and code without markup, links
 * followed by their reference marker or URL, images and embeds as placeholders. Walks with an explicit stack, so any
 * nesting depth is safe.
 */
final class InlineFlattener {

    private final TextSettings settings;
    private final References references;

    InlineFlattener(TextSettings settings, References references) {
        this.settings = settings;
        this.references = references;
    }

    /** The text of {@code inlines}. */
    ParagraphText flatten(List<? extends Inline> inlines) {
        ParagraphText out = new ParagraphText(expectedLength(inlines));
        appendTo(inlines, out);
        return out;
    }

    /** About the length of the text of {@code inlines}, so that its builder is not grown (and copied) repeatedly. */
    private static int expectedLength(List<? extends Inline> inlines) {
        int length = 16;
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                length += text.value().length();
            }
        }
        return length;
    }

    /** Appends the text of {@code inlines} to {@code out}. */
    void appendTo(List<? extends Inline> inlines, ParagraphText out) {
        Walk walk = new Walk(out);
        walk.pushAll(inlines);
        walk.run();
    }

    /** Appends the placeholder of an embedded medium: {@code [video: title][3]}. */
    void appendEmbed(Embed embed, ParagraphText out) {
        if (settings.media() == TextSettings.MediaStyle.NONE) {
            return;
        }
        appendPlaceholder(embed.kind().id(), embed.title(), embed.url(), out);
    }

    private void appendPlaceholder(String kind, String label, String url, ParagraphText out) {
        out.appendUnbreakable("[" + kind);
        if (label != null && !label.isBlank()) {
            out.append(": ").append(label.strip());
        }
        out.appendFastened("]");
        appendUrl(url, out);
    }

    /** The reference marker or the inline URL after a link or placeholder, as the settings ask. */
    private void appendUrl(String url, ParagraphText out) {
        String shown = References.display(url);
        if (shown == null) {
            return;
        }
        switch (settings.links()) {
            case END -> {
                String marker = "[" + references.number(shown) + "]";
                if (!out.endsWith(marker)) {      // a linked image pointing at itself needs one marker, not two
                    out.appendFastened(marker);
                }
            }
            case INLINE -> {
                if (!out.endsWith("<" + shown + ">")) {
                    out.space().appendUnbreakable("<" + shown + ">");
                }
            }
            case NONE -> {
                // the text alone
            }
            default -> throw new IllegalStateException(settings.links().name());
        }
    }

    /** One walk over a tree of inlines: a stack of inlines to visit and of links to close. */
    private final class Walk implements InlineVisitor<Void> {
        private final ParagraphText out;
        private final Deque<Object> pending = new ArrayDeque<>();

        Walk(ParagraphText out) {
            this.out = out;
        }

        void pushAll(List<? extends Inline> inlines) {
            for (int i = inlines.size() - 1; i >= 0; i--) {
                pending.push(inlines.get(i));
            }
        }

        void run() {
            while (!pending.isEmpty()) {
                Object next = pending.pop();
                if (next instanceof Inline inline) {
                    inline.accept(this);
                } else {
                    ((LinkEnd) next).close();
                }
            }
        }

        @Override
        public Void visitText(Text text) {
            out.append(text.value());
            return null;
        }

        @Override
        public Void visitEmphasis(Emphasis emphasis) {
            pushAll(emphasis.children());
            return null;
        }

        @Override
        public Void visitStrong(Strong strong) {
            pushAll(strong.children());
            return null;
        }

        @Override
        public Void visitDelete(Delete delete) {
            pushAll(delete.children());
            return null;
        }

        @Override
        public Void visitInlineCode(InlineCode inlineCode) {
            out.append(inlineCode.value());
            return null;
        }

        @Override
        public Void visitLink(Link link) {
            pending.push(new LinkEnd(link.url(), out.length()));
            pushAll(link.children());
            return null;
        }

        @Override
        public Void visitImage(Image image) {
            if (settings.media() == TextSettings.MediaStyle.PLACEHOLDER) {
                appendPlaceholder("image", image.alt(), image.url(), out);
            }
            return null;
        }

        @Override
        public Void visitBreak(Break lineBreak) {
            out.lineBreak();
            return null;
        }

        @Override
        public Void visitHtml(Html html) {
            HtmlText.appendTo(html.value(), out);
            return null;
        }

        /** The end of a link: its marker goes after its text. */
        private final class LinkEnd {
            private final String url;
            private final int textStart;
            private final long visibleAtStart;

            LinkEnd(String url, int textStart) {
                this.url = url;
                this.textStart = textStart;
                this.visibleAtStart = out.visibleCount();
            }

            void close() {
                if (out.visibleCount() == visibleAtStart) {
                    return;                           // an empty anchor shows nothing, so it refers to nothing
                }
                String shown = References.display(url);
                if (shown == null || out.textFromEquals(textStart, shown) || out.textFromEquals(textStart, url.strip())
                        || (shown.regionMatches(true, 0, "mailto:", 0, 7)
                            && out.textFromEquals(textStart, shown.substring(7)))) {
                    return;                           // the URL is the text already
                }
                appendUrl(url, out);
            }
        }
    }
}
