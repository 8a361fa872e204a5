package org.articlekit.parser.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.articlekit.parser.internal.Diagnostics;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

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

    /**
     * Removes every attribute of {@code root}'s elements whose value is longer than {@code maxLength} characters.
     *
     * @param longestPossible a bound on the longest value in the tree (the source's length will do): when it is
     *                        within the limit, the tree is not walked at all
     */
    static void drop(Element root, int longestPossible, int maxLength, Diagnostics diagnostics,
            SourcePositions positions) {
        if (longestPossible <= maxLength) {
            return;
        }
        int[] dropped = new int[1];
        DomWalker.walk(root, new DomWalker.Handler() {
            @Override
            public boolean enter(Element element, int depth) {
                if (element.attributesSize() > 0) {
                    dropped[0] += dropFrom(element, maxLength, dropped[0], diagnostics, positions);
                }
                return true;
            }

            @Override
            public void exit(Element element) {
            }

            @Override
            public void text(TextNode text) {
            }
        });
        if (dropped[0] > MAX_WARNINGS) {
            diagnostics.warning("attribute-too-long", (dropped[0] - MAX_WARNINGS) + " more attributes longer than "
                    + maxLength + " characters (maxAttributeLength) were dropped", 0, 0);
        }
    }

    /** Drops the element's over-long attributes, warning while fewer than the most have been; how many it dropped. */
    private static int dropFrom(Element element, int maxLength, int droppedBefore, Diagnostics diagnostics,
            SourcePositions positions) {
        List<String> tooLong = null;
        for (Attribute attribute : element.attributes()) {
            if (attribute.getValue().length() > maxLength) {
                if (tooLong == null) {
                    tooLong = new ArrayList<>(1);
                }
                tooLong.add(attribute.getKey());
            }
        }
        if (tooLong == null) {
            return 0;
        }
        int dropped = droppedBefore;
        for (String key : tooLong) {
            if (++dropped <= MAX_WARNINGS) {
                diagnostics.warning("attribute-too-long", "the " + key + " attribute of <" + element.normalName()
                        + "> is " + element.attr(key).length() + " characters long, longer than the limit of "
                        + maxLength + " (maxAttributeLength), and was dropped",
                        positions.line(element), positions.column(element));
            }
            element.removeAttr(key);
        }
        return dropped - droppedBefore;
    }
}
