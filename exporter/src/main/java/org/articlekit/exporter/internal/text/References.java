package org.articlekit.exporter.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbered URLs of one article, in the order their markers appear: the same URL always gets the same number.
 * Also decides which URLs are worth showing at all.
 */
final class References {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** The number of {@code url} (as {@link #display(String)} writes it), given a new one the first time. */
    int number(String url) {
        return numbers.computeIfAbsent(url, u -> numbers.size() + 1);
    }

    /** Every URL with its number, in number order. */
    List<Map.Entry<String, Integer>> entries() {
        return new ArrayList<>(numbers.entrySet());
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    /**
     * The URL as written in text, or {@code null} when it is nothing a reader can use: empty, a fragment of this
     * page ({@code #note-1}), a script ({@code javascript:}, {@code vbscript:}) or inline data ({@code data:}).
     * Spaces and angle brackets are percent-encoded and control characters dropped, so that the URL stays one
     * unbreakable token that cannot be mistaken for markup.
     */
    static String display(String url) {
        if (url == null) {
            return null;
        }
        String out = isPrintableAscii(url) ? url : cleaned(url);
        if (out.isEmpty() || out.charAt(0) == '#') {
            return null;
        }
        String scheme = schemeOf(out);
        if (scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("data")) {
            return null;
        }
        return out;
    }

    /** Whether {@code url} holds nothing {@link #cleaned} changes: visible ASCII, no angle bracket. The usual URL. */
    private static boolean isPrintableAscii(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '<' || c == '>') {
                return false;
            }
        }
        return true;
    }

    /** {@code url} stripped, with spaces and angle brackets percent-encoded and control characters dropped. */
    private static String cleaned(String url) {
        StringBuilder out = new StringBuilder(url.length());
        String trimmed = url.strip();
        for (int i = 0; i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            i += Character.charCount(cp);
            if (ParagraphText.isCollapsible(cp)) {
                out.append("%20");
            } else if (cp == '<' || cp == '>') {
                out.append(cp == '<' ? "%3C" : "%3E");     // a URL must not look like a tag, nor end "<url>" early
            } else if (!ParagraphText.isControl(cp) && cp != 0x200B && cp != 0xFEFF) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** The scheme, lower-cased, of a URL ({@code ""} when it has none); whitespace inside it is ignored. */
    private static String schemeOf(CharSequence url) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < url.length() && scheme.length() < 16; i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return scheme.toString().toLowerCase(Locale.ROOT);
            }
            if (c == '%' && i + 2 < url.length() && url.charAt(i + 1) == '2' && url.charAt(i + 2) == '0') {
                i += 2;        // an encoded space: browsers ignore whitespace inside a scheme
            } else if (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') {
                scheme.append(c);
            } else {
                return "";
            }
        }
        return "";
    }
}
