package org.articlekit.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/**
 * Where an element stands in the source, for diagnostics. Tracking positions slows jsoup down several times and
 * warnings are rare, so the body is parsed without it; on the first question the source is parsed again with
 * tracking and the element found there by its path of child indexes (the same input parses to the same tree).
 * Past a few hundred questions the position is reported as unknown.
 */
final class SourcePositions {

    // finding an element costs its depth; a hostile body could ask for many deep ones
    private static final int MAX_LOOKUPS = 200;

    private final Element root;
    private final Function<Boolean, Element> parse;
    private final int firstLine;
    private Element tracked;
    private int lookups;
    private Element lastAsked;
    private Range.Position lastFound;

    /**
     * @param root      the root of the tree being read
     * @param parse     parses the same source again, with position tracking when given {@code true}
     * @param firstLine the file line on which the body starts
     */
    SourcePositions(Element root, Function<Boolean, Element> parse, int firstLine) {
        this.root = root;
        this.parse = parse;
        this.firstLine = firstLine;
    }

    /** The file line of {@code element}, or 0 when unknown. */
    int line(Element element) {
        Range.Position start = find(element);
        return start != null && start.lineNumber() > 0 ? firstLine + start.lineNumber() - 1 : 0;
    }

    /** The 1-based column of {@code element}, or 0 when unknown. */
    int column(Element element) {
        Range.Position start = find(element);
        return start != null && start.columnNumber() > 0 ? start.columnNumber() : 0;
    }

    private Range.Position find(Element element) {
        if (element != lastAsked) {
            lastAsked = element;
            lastFound = ++lookups > MAX_LOOKUPS ? null : search(element);
        }
        return lastFound;
    }

    private Range.Position search(Element element) {
        List<Integer> path = new ArrayList<>();
        Node node = element;
        while (node != null && node != root) {
            path.add(node.siblingIndex());
            node = node.parentNode();
        }
        if (node == null) {
            return null;
        }
        if (tracked == null) {
            tracked = parse.apply(Boolean.TRUE);
        }
        Node found = tracked;
        for (int i = path.size() - 1; i >= 0; i--) {
            int index = path.get(i);
            if (index >= found.childNodeSize()) {
                return null;
            }
            found = found.childNode(index);
        }
        Range.Position start = found.sourceRange().start();
        return start.isTracked() ? start : null;
    }
}
