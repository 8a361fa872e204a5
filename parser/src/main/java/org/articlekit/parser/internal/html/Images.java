package org.articlekit.parser.internal.html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads an {@code <img>} as a reader sees it: a lazy-loading attribute wins over the placeholder in {@code src},
 * then the largest {@code data-srcset} candidate, then the largest {@code srcset} candidate (what a high-density
 * screen loads), then {@code src}; inline {@code data:} images are refused.
 */
final class Images {

    static final List<String> LAZY_ATTRIBUTES = List.of("data-original", "data-src", "data-lazy-src",
            "data-actualsrc", "data-url", "data-echo", "data-lazy");
    private static final Pattern DIMENSION = Pattern.compile("\\s*(\\d{1,6})(?:\\.\\d+)?\\s*(?:px)?\\s*");
    private static final Pattern DESCRIPTOR = Pattern.compile("(\\d+(?:\\.\\d+)?)([wxh])", Pattern.CASE_INSENSITIVE);
    /** Between two {@code srcset} candidates: a comma and white space (a URL may hold commas), or a final comma. */
    private static final Pattern CANDIDATE_END = Pattern.compile(",\\s+|,$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Images() {
    }

    /** The candidate URLs of an image, best first, before resolution. */
    static List<String> candidates(Element img) {
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        for (String name : LAZY_ATTRIBUTES) {
            addIfPresent(found, Attrs.get(img, name));
        }
        addIfPresent(found, largestCandidate(Attrs.get(img, "data-srcset")));
        addIfPresent(found, largestCandidate(Attrs.get(img, "srcset")));
        addIfPresent(found, Attrs.get(img, "src"));
        return found;
    }

    private static void addIfPresent(List<String> found, String value) {
        if (value != null && !value.isBlank()) {
            found.add(value.strip());
        }
    }

    /** The URL of the largest candidate of a {@code srcset} value, or {@code null}. */
    static String largestCandidate(String srcset) {
        if (srcset == null || srcset.isBlank()) {
            return null;
        }
        String best = null;
        double bestSize = -1;
        // candidates are separated by commas followed by white space; a URL may itself contain commas
        for (String candidate : CANDIDATE_END.split(srcset)) {
            String[] parts = SPACES.split(candidate.strip());
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            double size = 1;
            if (parts.length > 1) {
                Matcher m = DESCRIPTOR.matcher(parts[1]);
                if (m.matches()) {
                    size = Double.parseDouble(m.group(1));
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = parts[0];
            }
        }
        return best;
    }

    /** A pixel size written as {@code 800} or {@code 800px}; {@code null} for anything else (percentages …). */
    static Integer pixels(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() <= 6 && isDigits(value)) {
            // the usual form, read without a regular expression
            int pixels = Integer.parseInt(value);
            return pixels > 0 ? pixels : null;
        }
        Matcher m = DIMENSION.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int pixels = Integer.parseInt(m.group(1));
        return pixels > 0 ? pixels : null;
    }

    private static boolean isDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The width or height of an element: its attribute, else a numeric {@code data-} attribute. */
    static Integer dimension(Element element, String name) {
        Integer value = pixels(Attrs.get(element, name));
        return value != null ? value : pixels(Attrs.get(element, "data-" + name));
    }
}
