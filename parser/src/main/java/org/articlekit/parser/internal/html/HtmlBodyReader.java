package org.articlekit.parser.internal.html;

import java.util.List;
import java.util.regex.Pattern;
import org.articlekit.core.Metadata;
import org.articlekit.core.document.Document;
import org.articlekit.parser.internal.Diagnostics;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Turns an article's HTML body — a fragment or a whole document, however malformed — into a {@link Document}.
 * jsoup parses it as a browser would (plain fragments are built faster by {@link FastFragment}, to the same tree);
 * {@link TreeBuilder} builds the tree in one walk without recursion.
 */
public final class HtmlBodyReader {

    private static final Pattern WHOLE_DOCUMENT = Pattern.compile(
            "\\A\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!doctype|<html|<head|<body)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlBodyReader() {
    }

    /**
     * Reads a body.
     *
     * @param html        the body's HTML
     * @param firstLine   the 1-based line of the file on which the body starts, for diagnostics
     * @param metadata    the article's metadata; its front matter may give the base URL
     * @param settings    what the reader needs of the parser's options
     * @param diagnostics where recovered problems are reported
     */
    public static Document read(String html, int firstLine, Metadata metadata, HtmlSettings settings,
            Diagnostics diagnostics) {
        return read(html, firstLine, metadata, settings, diagnostics, false).document();
    }

    /**
     * Reads a body and its excerpt ({@link HtmlExcerpt}), the text before the marker taken from the body's tree
     * when the marker sits in its root.
     *
     * @see #read(String, int, Metadata, HtmlSettings, Diagnostics)
     */
    public static Body readWithExcerpt(String html, int firstLine, Metadata metadata, HtmlSettings settings,
            Diagnostics diagnostics) {
        return read(html, firstLine, metadata, settings, diagnostics, true);
    }

    /** A body read: its tree and its excerpt. */
    public record Body(Document document, String excerpt) {
    }

    private static Body read(String html, int firstLine, Metadata metadata, HtmlSettings settings,
            Diagnostics diagnostics, boolean withExcerpt) {
        Parsed parsed = parse(html);
        Element root = parsed.root;
        SourcePositions positions = new SourcePositions(root, track -> parse(html, track), Math.max(1, firstLine));
        LongAttributes.drop(root, parsed.longestAttributeValue, settings.maxAttributeLength(), diagnostics, positions);
        Element base = parsed.mayHoldBase ? BaseUrl.findBase(root, html) : null;
        Urls urls = new Urls(BaseUrl.of(base, metadata, settings.baseUrl()), settings.maxUrlLength());
        TreeBuilder builder = new TreeBuilder(settings, urls, diagnostics, positions);
        DomWalker.walk(root, builder);
        Document document = new Document(builder.finish());
        if (!withExcerpt) {
            return new Body(document, null);
        }
        // the marker in the tree is the one the excerpt means only if it starts where the text search finds it
        boolean markerInRoot = parsed.moreMarker != null && HtmlExcerpt.moreMarker(html) == parsed.moreMarkerStart;
        String excerpt = markerInRoot ? HtmlExcerpt.of(root, parsed.moreMarker, positions, document)
                : HtmlExcerpt.of(html, document);
        return new Body(document, excerpt);
    }

    /**
     * The body's tree, with what the fast path learnt while building it. A fragment is first given to {@link
     * FastFragment}, which builds the same tree as jsoup for plain HTML or gives up; the tracked parse behind
     * diagnostics' positions is always jsoup's, which the fast tree matches node for node.
     */
    private static Parsed parse(String html) {
        boolean whole = isWholeDocument(html);
        if (!whole) {
            FastFragment.Tree fast = FastFragment.tree(html);
            if (fast != null) {
                Element root = fast.root().childNodeSize() > 0 ? fast.root() : new Element("body");
                return new Parsed(root, fast.longestAttributeValue(), false, fast.moreMarker(),
                        fast.moreMarkerStart());
            }
        }
        // no value can be longer than the whole source
        return new Parsed(jsoupParse(html, whole, false), html.length(), true, null, -1);
    }

    /**
     * A parsed body.
     *
     * @param root                  the element whose content is the body
     * @param longestAttributeValue a bound on the length of its longest attribute value
     * @param mayHoldBase           whether it may hold a {@code <base>} element (a fast tree never does)
     * @param moreMarker            as {@link FastFragment.Tree#moreMarker}; {@code null} when jsoup parsed it
     * @param moreMarkerStart       as {@link FastFragment.Tree#moreMarkerStart}
     */
    private record Parsed(Element root, int longestAttributeValue, boolean mayHoldBase, Comment moreMarker,
            int moreMarkerStart) {
    }

    /**
     * The element whose content is the body: {@code <body>} of a whole document, or a fragment's root, as jsoup
     * parses it.
     */
    static Element parse(String html, boolean trackPositions) {
        return jsoupParse(html, isWholeDocument(html), trackPositions);
    }

    private static Element jsoupParse(String html, boolean whole, boolean trackPositions) {
        Parser parser = Parser.htmlParser().setTrackPosition(trackPositions);
        if (whole) {
            return parser.parseInput(html, "").body();
        }
        Element context = org.jsoup.nodes.Document.createShell("").body();
        List<Node> nodes = parser.parseFragmentInput(html, context, "");
        // the fragment's nodes share the parser's root element; walking its content reads them in place
        Node first = nodes.isEmpty() ? null : nodes.get(0).parentNode();
        return first instanceof Element parent ? parent : new Element("body");
    }

    /** Whether the body is a whole document (a doctype, {@code <html>}, {@code <head>} or {@code <body>} first). */
    static boolean isWholeDocument(String html) {
        return WHOLE_DOCUMENT.matcher(html).lookingAt();
    }
}
