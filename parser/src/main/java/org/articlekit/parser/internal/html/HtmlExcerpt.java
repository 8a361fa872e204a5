package org.articlekit.parser.internal.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.Metadata;
import org.articlekit.core.document.Block;
import org.articlekit.core.document.Break;
import org.articlekit.core.document.Document;
import org.articlekit.core.document.InlineCode;
import org.articlekit.core.document.Node;
import org.articlekit.core.document.Nodes;
import org.articlekit.core.document.Paragraph;
import org.articlekit.core.document.Text;
import org.articlekit.parser.internal.Diagnostics;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;

/**
 * The excerpt of an article: the text before the {@code <!-- more -->} marker (Hexo, Jekyll and WordPress write
 * it; {@code <!--more-->} too), else the text of the first paragraph that has any. Blocks are separated by a blank
 * line; images contribute nothing.
 *
 * <p>The text before the marker is what the body's HTML up to the marker reads as. When the marker is a comment
 * directly in the body's root, the nodes before it in the body's tree are exactly those that HTML would parse
 * to — HTML is built front to back, and nothing was open when the comment was placed — so {@link HtmlBodyReader}
 * reads them where they are instead of parsing that HTML again.
 *
 * <pre>{@code
 * String excerpt = HtmlExcerpt.of(body, document);
 * }</pre>
 */
public final class HtmlExcerpt {

    /** The text of a marker comment; the marker is this text between {@code <!--} and {@code -->}. */
    private static final String MARKER_TEXT = "\\s*more\\s*";
    private static final Pattern MORE = Pattern.compile("<!--" + MARKER_TEXT + "-->", Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE_TEXT = Pattern.compile(MARKER_TEXT, Pattern.CASE_INSENSITIVE);
    // the excerpt needs text only: URLs are neither resolved nor reported
    private static final HtmlSettings TEXT_ONLY = new HtmlSettings(null, false, false, 128, 64 * 1024, 100_000);

    private HtmlExcerpt() {
    }

    /**
     * The excerpt of a body.
     *
     * @param bodyHtml the body as written, to find the marker in
     * @param document the body read into a tree, to take the first paragraph from
     */
    public static String of(String bodyHtml, Document document) {
        int marker = moreMarker(bodyHtml);
        if (marker >= 0) {
            Document before = HtmlBodyReader.read(bodyHtml.substring(0, marker), 1, Metadata.EMPTY, TEXT_ONLY,
                    new Diagnostics());
            String text = blocksText(before.children());
            if (!text.isEmpty()) {
                return text;
            }
        }
        return firstParagraphText(document);
    }

    /**
     * The excerpt of a body whose marker is the comment {@code marker}, a child of {@code root} that starts where
     * {@link #moreMarker} finds the marker: the text of the nodes before it, read as {@link #of(String, Document)}
     * reads the HTML before the marker.
     */
    static String of(Element root, Comment marker, SourcePositions positions, Document document) {
        // the settings, URLs and throwaway diagnostics of the reading of the HTML before the marker
        TreeBuilder builder = new TreeBuilder(TEXT_ONLY,
                new Urls(BaseUrl.of(null, Metadata.EMPTY, TEXT_ONLY.baseUrl()), TEXT_ONLY.maxUrlLength()),
                new Diagnostics(), positions);
        DomWalker.walk(root, marker, builder);
        String text = blocksText(new Document(builder.finish()).children());
        return text.isEmpty() ? firstParagraphText(document) : text;
    }

    /** Whether a comment's text makes it a marker, by the same rule as the text search. */
    static boolean isMoreMarker(String commentData) {
        return MORE_TEXT.matcher(commentData).matches();
    }

    /**
     * Where the first {@code <!-- more -->} marker starts, or -1. The case-blind pattern is tried only where a
     * comment opens, not at every character of the body (which cost as much as jsoup's whole parse).
     */
    static int moreMarker(String bodyHtml) {
        int at = bodyHtml.indexOf("<!--");
        if (at < 0) {
            return -1;
        }
        Matcher more = MORE.matcher(bodyHtml);
        for (; at >= 0; at = bodyHtml.indexOf("<!--", at + 1)) {
            if (more.region(at, bodyHtml.length()).lookingAt()) {
                return at;
            }
        }
        return -1;
    }

    /** The text of the first paragraph, in document order, that has any; the walk stops there. */
    private static String firstParagraphText(Document document) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Paragraph paragraph) {
                String text = visibleText(paragraph);
                if (!text.isEmpty()) {
                    return text;
                }
            }
            List<? extends Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return "";
    }

    private static String blocksText(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        for (Block block : blocks) {
            String text = visibleText(block);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join("\n\n", texts);
    }

    /** The text of a node: text, code and line breaks; no image alternative text. */
    private static String visibleText(Node root) {
        StringBuilder out = new StringBuilder();
        Nodes.walk(root, node -> {
            if (node instanceof Text text) {
                out.append(text.value());
            } else if (node instanceof InlineCode code) {
                out.append(code.value());
            } else if (node instanceof org.articlekit.core.document.Code code) {
                out.append(code.value());
            } else if (node instanceof Break) {
                out.append('\n');
            } else if (node instanceof org.articlekit.core.document.ListItem && out.length() > 0) {
                out.append('\n');
            }
        });
        return out.toString().strip();
    }
}
