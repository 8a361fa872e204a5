package org.articlekit.parser.internal.html;

import org.jsoup.nodes.Element;

/**
 * Attribute values by their exact, lower-case name. The HTML parser lower-cases every attribute name it reads,
 * so the case-blind search behind jsoup's {@code Element.attr} (and its {@code abs:} prefix check) is work
 * spent on every lookup for nothing; lazy-image and embed detection look up a dozen names per element.
 */
final class Attrs {

    private Attrs() {
    }

    /** The value of attribute {@code name} (lower case), or the empty string when it is absent. */
    static String get(Element element, String name) {
        return element.attributesSize() == 0 ? "" : element.attributes().get(name);
    }

    /** Whether the element has attribute {@code name} (lower case), with or without a value. */
    static boolean has(Element element, String name) {
        return element.attributesSize() != 0 && element.attributes().hasKey(name);
    }
}
