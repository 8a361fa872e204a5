package org.articlekit.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.parser.internal.Diagnostics;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Drops attribute values longer than the limit before the tree is built, so that no later stage copies, decodes or
 * scans a megabyte-long {@code alt}, {@code title}, {@code srcset} or {@code href}. Each dropped attribute is a
 * warning naming the element and where it stands; after {@link #MAX_WARNINGS} of them, one more warning says how
 * many others followed, so a hostile input cannot flood the diagnostics.
 */
final class LongAttributes {

    static final int MAX_WARNINGS = 20;

    private LongAttributes() {
    }

    /** Removes every attribute of {@code root}'s elements whose value is longer than {@code maxLength} characters. */
    static void drop(Element root, int maxLength, Diagnostics diagnostics, SourcePositions positions) {
        int dropped = 0;
        // getAllElements walks the tree with jsoup's iterative traversal: no recursion, any depth
        for (Element element : root.getAllElements()) {
            if (element.attributesSize() == 0) {
                continue;
            }
            List<String> tooLong = new ArrayList<>(0);
            for (Attribute attribute : element.attributes()) {
                if (attribute.getValue().length() > maxLength) {
                    tooLong.add(attribute.getKey());
                }
            }
            for (String key : tooLong) {
                if (++dropped <= MAX_WARNINGS) {
                    diagnostics.warning("attribute-too-long", "the " + key + " attribute of <" + element.normalName()
                            + "> is " + element.attr(key).length() + " characters long, longer than the limit of "
                            + maxLength + " (maxAttributeLength), and was dropped",
                            positions.line(element), positions.column(element));
                }
                element.removeAttr(key);
            }
        }
        if (dropped > MAX_WARNINGS) {
            diagnostics.warning("attribute-too-long", (dropped - MAX_WARNINGS) + " more attributes longer than "
                    + maxLength + " characters (maxAttributeLength) were dropped", 0, 0);
        }
    }
}
