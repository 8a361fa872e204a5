package org.articlekit.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.internal.frontmatter.FrontMatterSplitter;
import org.articlekit.parser.internal.text.TextDecoder;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * What the fast fragment path's tests share: jsoup's own fragment parse, the node-by-node comparison of the fast
 * tree with jsoup's, and the bodies of real article files.
 */
final class FastFragmentCheck {

    /** How many bodies a run saw and how many of them the fast path built (each checked against jsoup). */
    record Tally(int bodies, int accepted) {
    }

    private FastFragmentCheck() {
    }

    /** jsoup's tree of a fragment: the root {@link HtmlBodyReader} read before the fast path existed. */
    static Element jsoup(String html) {
        Element context = org.jsoup.nodes.Document.createShell("").body();
        List<Node> nodes = Parser.htmlParser().parseFragmentInput(html, context, "");
        return nodes.isEmpty() ? null : (Element) nodes.get(0).parentNode();
    }

    /**
     * Runs the fast path on {@code html}; when it builds a tree, asserts that it is jsoup's, node for node.
     *
     * @return whether the fast path built the tree (false: it left the fragment to jsoup)
     */
    static boolean agrees(String label, String html) {
        Element fast = FastFragment.parse(html);
        if (fast == null) {
            return false;
        }
        Element expected = jsoup(html);
        if (expected == null) {
            // jsoup returns no nodes, so no root: the fast root must be as empty
            assertEquals(0, fast.childNodeSize(), () -> label + ": jsoup made no nodes of\n" + html);
        } else {
            assertSameTree(label + "\n" + html, expected, fast);
        }
        return true;
    }

    /**
     * Asserts that {@code actual} is {@code expected} node for node: the same classes, names and tags; the same
     * attributes in the same order, with the same values and declared-ness; the same text, data and comments;
     * and, for the roots, the same place in a document of their own. Walks without recursion.
     */
    static void assertSameTree(String label, Element expected, Element actual) {
        assertSame(expected.parent().getClass(), actual.parent().getClass(), () -> label + ": the root's parent");
        assertEquals(expected.parent().childNodeSize(), actual.parent().childNodeSize(), label);
        assertEquals(expected.siblingIndex(), actual.siblingIndex(), label);
        assertTrue(actual.ownerDocument() != null && actual.ownerDocument() == actual.parent(), label);
        assertEquals(expected.ownerDocument().quirksMode(), actual.ownerDocument().quirksMode(), label);
        assertEquals(expected.baseUri(), actual.baseUri(), label);
        Deque<Node[]> pending = new ArrayDeque<>();
        pending.push(new Node[] {expected, actual});
        while (!pending.isEmpty()) {
            Node[] pair = pending.pop();
            Node want = pair[0];
            Node got = pair[1];
            String where = label + "\nat " + path(want);
            assertSame(want.getClass(), got.getClass(), where);
            assertEquals(want.nodeName(), got.nodeName(), where);
            assertEquals(want.normalName(), got.normalName(), where);
            if (want instanceof Element wantElement) {
                Element gotElement = (Element) got;
                assertEquals(wantElement.tag(), gotElement.tag(), where);
                assertEquals(wantElement.tagName(), gotElement.tagName(), where);
                assertEquals(wantElement.tag().isBlock(), gotElement.tag().isBlock(), where);
                assertEquals(wantElement.tag().isInline(), gotElement.tag().isInline(), where);
                assertEquals(wantElement.tag().isKnownTag(), gotElement.tag().isKnownTag(), where);
                assertEquals(attributes(wantElement), attributes(gotElement), where);
                assertEquals(wantElement.attributesSize(), gotElement.attributesSize(), where);
            } else if (want instanceof TextNode wantText) {
                assertEquals(wantText.getWholeText(), ((TextNode) got).getWholeText(), where);
            } else if (want instanceof DataNode wantData) {
                assertEquals(wantData.getWholeData(), ((DataNode) got).getWholeData(), where);
            } else if (want instanceof Comment wantComment) {
                assertEquals(wantComment.getData(), ((Comment) got).getData(), where);
            }
            assertEquals(want.childNodeSize(), got.childNodeSize(), () -> where + ": child count");
            for (int i = want.childNodeSize() - 1; i >= 0; i--) {
                pending.push(new Node[] {want.childNode(i), got.childNode(i)});
            }
        }
    }

    /** Every attribute as key, whether it has a value, and the value, in order. */
    private static List<String> attributes(Element element) {
        return element.attributes().asList().stream()
                .map((Attribute a) -> a.getKey() + (a.hasDeclaredValue() ? "=[" + a.getValue() + "]" : " (no value)"))
                .toList();
    }

    private static String path(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node at = node; at != null && !(at instanceof org.jsoup.nodes.Document); at = at.parentNode()) {
            path.insert(0, "/" + at.nodeName() + "[" + at.siblingIndex() + "]");
        }
        return path.toString();
    }

    /** The HTML body of an article file as the parser splits it, or null when it is a whole document. */
    static String body(Path file) throws IOException {
        Diagnostics ignored = new Diagnostics();
        String text = TextDecoder.decode(Files.readAllBytes(file), ignored);
        String body = FrontMatterSplitter.split(text, false, ignored).body();
        return HtmlBodyReader.isWholeDocument(body) ? null : body;
    }

    /** Runs the fast path on the body of each file; every tree it builds is checked against jsoup's. */
    static Tally compareFiles(List<Path> files) throws IOException {
        int bodies = 0;
        int accepted = 0;
        for (Path file : files) {
            String body = body(file);
            if (body != null) {
                bodies++;
                if (agrees(file.toString(), body)) {
                    accepted++;
                }
            }
        }
        return new Tally(bodies, accepted);
    }
}
