package org.articlekit.exporter.markdown.internal;

import java.util.List;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Delete;
import org.articlekit.core.document.Embed;
import org.articlekit.core.document.Emphasis;
import org.articlekit.core.document.Html;
import org.articlekit.core.document.Image;
import org.articlekit.core.document.Inline;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Link;
import org.articlekit.core.document.Strong;
import org.articlekit.core.document.Text;

/**
 * Writes inline content and embeds as HTML, for what Markdown cannot say: tables with spanning cells and embeds
 * asked for as HTML. Every text and attribute is escaped; the output holds no line feed, so it never ends an HTML
 * block early.
 */
final class HtmlWriter {

    private final DepthGuard guard;

    HtmlWriter(DepthGuard guard) {
        this.guard = guard;
    }

    void inlines(StringBuilder out, List<Inline> inlines) {
        guard.enter();
        try {
            for (Inline inline : inlines) {
                inline(out, inline);
            }
        } finally {
            guard.exit();
        }
    }

    private void inline(StringBuilder out, Inline inline) {
        if (inline instanceof Text text) {
            text(out, text.value());
        } else if (inline instanceof Emphasis emphasis) {
            element(out, "em", emphasis.children());
        } else if (inline instanceof Strong strong) {
            element(out, "strong", strong.children());
        } else if (inline instanceof Delete delete) {
            element(out, "del", delete.children());
        } else if (inline instanceof InlineCode code) {
            out.append("<code>");
            text(out, code.value());
            out.append("</code>");
        } else if (inline instanceof Link link) {
            out.append("<a href=\"");
            attribute(out, link.url());
            out.append('"');
            optionalAttribute(out, "title", link.title());
            out.append('>');
            inlines(out, link.children());
            out.append("</a>");
        } else if (inline instanceof Image image) {
            out.append("<img src=\"");
            attribute(out, image.url());
            out.append("\" alt=\"");
            attribute(out, image.alt());
            out.append('"');
            optionalAttribute(out, "title", image.title());
            dimension(out, "width", image.width());
            dimension(out, "height", image.height());
            out.append('>');
        } else if (inline instanceof Break) {
            out.append("<br>");
        } else if (inline instanceof Html html) {
            out.append(html.value().replace('\n', ' ').replace('\r', ' '));
        }
    }

    private void element(StringBuilder out, String tag, List<Inline> children) {
        out.append('<').append(tag).append('>');
        inlines(out, children);
        out.append("</").append(tag).append('>');
    }

    /** An embed as its HTML element, opening tag alone on the first line so that CommonMark sees an HTML block. */
    static String embed(Embed embed) {
        String tag = switch (embed.kind()) {
            case IFRAME -> "iframe";
            case VIDEO -> "video";
            case AUDIO -> "audio";
            case OBJECT -> "embed";
        };
        StringBuilder out = new StringBuilder("<").append(tag).append(" src=\"");
        attribute(out, embed.url());
        out.append('"');
        optionalAttribute(out, "title", embed.title());
        dimension(out, "width", embed.width());
        dimension(out, "height", embed.height());
        if (embed.kind() == Embed.Kind.VIDEO || embed.kind() == Embed.Kind.AUDIO) {
            out.append(" controls");
        }
        out.append('>');
        if (embed.kind() != Embed.Kind.OBJECT) {
            out.append("\n</").append(tag).append('>');
        }
        return out.toString();
    }

    /** {@code name="value"} after a space, escaped; nothing when the value is absent. */
    private static void optionalAttribute(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"");
            attribute(out, value);
            out.append('"');
        }
    }

    private static void dimension(StringBuilder out, String name, Integer value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(value).append('"');
        }
    }

    static void text(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
    }

    static void attribute(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
