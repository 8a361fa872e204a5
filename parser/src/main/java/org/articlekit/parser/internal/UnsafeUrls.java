package org.articlekit.parser.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises URLs that run script or carry a whole document inline — {@code javascript:}, {@code vbscript:},
 * {@code data:} — read the way a browser reads them: leading spaces and C0 control characters dropped, tab, CR and
 * LF inside the scheme ignored, case ignored. Character references must already be decoded (jsoup does that for
 * attribute values). Used for body URLs and for the image URLs of the metadata alike.
 */
public final class UnsafeUrls {

    private static final Set<String> SCHEMES = Set.of("javascript", "vbscript", "data");
    /** Longer than any scheme above: reading stops here. */
    private static final int MAX_SCHEME = 16;

    private UnsafeUrls() {
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
        StringBuilder scheme = new StringBuilder(MAX_SCHEME);
        for (; i < n && scheme.length() <= MAX_SCHEME; i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return SCHEMES.contains(scheme.toString().toLowerCase(Locale.ROOT));
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
            scheme.append(c);
        }
        return false;
    }
}
