package org.articlekit.core.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Walks and reads document trees without recursion, so that any depth is safe. */
public final class Nodes {

    private Nodes() {
    }

    /** Calls {@code action} on {@code root} and every node below it, in document (pre-)order. */
    public static void walk(Node root, Consumer<? super Node> action) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            action.accept(node);
            List<? extends Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    /**
     * The text a reader sees in {@code root}, concatenated in order with nothing added between nodes: text,
     * inline code and code values, image alternative text; breaks become {@code \n}.
     */
    public static String text(Node root) {
        StringBuilder out = new StringBuilder();
        walk(root, node -> {
            if (node instanceof Text text) {
                out.append(text.value());
            } else if (node instanceof InlineCode code) {
                out.append(code.value());
            } else if (node instanceof Code code) {
                out.append(code.value());
            } else if (node instanceof Image image) {
                out.append(image.alt());
            } else if (node instanceof Break) {
                out.append('\n');
            }
        });
        return out.toString();
    }

    /** The URLs of every image in {@code root}, in document order, duplicates kept. */
    public static List<String> imageUrls(Node root) {
        List<String> urls = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Image image) {
                urls.add(image.url());
            }
        });
        return urls;
    }

    /** The URLs of every link in {@code root}, in document order, duplicates kept. */
    public static List<String> linkUrls(Node root) {
        List<String> urls = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Link link) {
                urls.add(link.url());
            }
        });
        return urls;
    }
}
