package org.articlekit.parser.internal.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Visits a jsoup tree in document order without recursion, following parent and sibling links, so that any depth
 * costs no stack and each node is visited once.
 */
final class DomWalker {

    /** What a walk does at each node. */
    interface Handler {
        /** Called on entering an element at {@code depth} (1 for a child of the root); false skips its content. */
        boolean enter(Element element, int depth);

        /** Called on leaving an element whose {@link #enter} returned true. */
        void exit(Element element);

        /** Called for each text node (comments and script data are not text). */
        void text(TextNode text);
    }

    private DomWalker() {
    }

    /** Walks the content of {@code root} (not {@code root} itself). */
    static void walk(Element root, Handler handler) {
        walk(root, null, handler);
    }

    /** Walks the content of {@code root} up to its child {@code end}, which is not visited (null: to the end). */
    static void walk(Element root, Node end, Handler handler) {
        Node node = root.firstChild() == end ? null : root.firstChild();
        int depth = 1;
        while (node != null) {
            if (node instanceof Element element) {
                if (handler.enter(element, depth)) {
                    if (element.childNodeSize() > 0) {
                        node = element.firstChild();
                        depth++;
                        continue;
                    }
                    handler.exit(element);
                }
            } else if (node instanceof TextNode text) {
                handler.text(text);
            }
            // move on: to the next sibling, or up through the parents that are finished
            while (node != null) {
                Node next = node.nextSibling();
                if (next != null && next != end) {
                    node = next;
                    break;
                }
                Node parent = node.parentNode();
                depth--;
                if (parent == null || parent == root) {
                    node = null;
                } else {
                    handler.exit((Element) parent);
                    node = parent;
                }
            }
        }
    }
}
