package org.articlekit.parser.internal;

import java.util.List;

/**
 * Recognises URLs that run script or carry a whole document inline — {@code javascript:}, {@code vbscript:},
 * {@code data:} — read the way a browser reads them: leading spaces and C0 control characters dropped, tab, CR and
 * LF inside the scheme ignored, case ignored. Character references must already be decoded (jsoup does that for
 * attribute values). Used for body URLs and for the image URLs of the metadata alike.
 */
public final class UnsafeUrls {

    private static final List<String> SCHEMES = List.of("javascript", "vbscript", "data");
    /** Longer than any scheme above: reading stops here. */
    private static final int MAX_SCHEME = 16;

    private UnsafeUrls() {
    }

    /** The refused schemes {@code length} characters long, as bits of {@link #SCHEMES}. */
    private static int endingAt(int length) {
        int bits = 0;
        for (int s = 0; s < SCHEMES.size(); s++) {
            if (SCHEMES.get(s).length() == length) {
                bits |= 1 << s;
            }
        }
        return bits;
    }

    /** Whether {@code url} (may be {@code null}) has one of the refused schemes. */
    public static boolean isUnsafe(String url) {
        if (url == null) {
            return false;
        }
        int i = 0;
        int n = url.length();
        while (i < n && (url.charAt(i) <= ' ' || Character.isWhitespace(url.charAt(i)))) {
            i++;
        }
        // the scheme is matched against each refused one as it is read, without building it: this runs for every URL
        int matching = (1 << SCHEMES.size()) - 1;   // a bit for each refused scheme the letters so far agree with
        for (int length = 0; i < n && length <= MAX_SCHEME && matching != 0; i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return (matching & endingAt(length)) != 0;
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            for (int s = 0; s < SCHEMES.size(); s++) {
                String scheme = SCHEMES.get(s);
                if (length >= scheme.length() || scheme.charAt(length) != lower) {
                    matching &= ~(1 << s);
                }
            }
            length++;
        }
        return false;
    }
}
