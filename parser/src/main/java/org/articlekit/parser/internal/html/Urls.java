package org.articlekit.parser.internal.html;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import java.util.regex.Pattern;
import org.articlekit.parser.internal.UnsafeUrls;

/**
 * Turns URLs found in the body into the URLs the tree keeps: trimmed, protocol-relative ones made {@code https:},
 * relative ones resolved against the base URL when one is known, script and inline-data URLs refused, over-long
 * ones refused.
 */
final class Urls {

    /** Why a URL was refused. */
    enum Refusal { NONE, EMPTY, UNSAFE, TOO_LONG }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    // the URL standard strips ASCII tab and newline anywhere in a URL
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");

    private final String base;
    private final int maxLength;

    /** @param base an absolute http(s) URL to resolve against, or {@code null} to leave relative URLs relative */
    Urls(String base, int maxLength) {
        this.base = base;
        this.maxLength = maxLength;
    }

    /** The URL to keep for an attribute value, or {@code null} when it is refused (see {@link #refusal}). */
    String resolve(String raw) {
        if (refusal(raw) != Refusal.NONE) {
            return null;
        }
        String url = clean(raw);
        if (url.startsWith("//")) {
            return "https:" + url;
        }
        if (base == null || SCHEME.matcher(url).find() || url.startsWith("#")) {
            return url;
        }
        try {
            String resolved = new URL(new URL(base), url).toExternalForm();
            return resolved.length() > maxLength ? null : resolved;
        } catch (MalformedURLException e) {
            return url;
        }
    }

    /** Why {@link #resolve} refuses {@code raw}, or {@link Refusal#NONE}. */
    Refusal refusal(String raw) {
        if (raw == null) {
            return Refusal.EMPTY;
        }
        String url = clean(raw);
        if (url.isEmpty()) {
            return Refusal.EMPTY;
        }
        if (url.length() > maxLength) {
            return Refusal.TOO_LONG;
        }
        return isUnsafe(url) ? Refusal.UNSAFE : Refusal.NONE;
    }

    /** Whether a URL runs script or carries inline data ({@code javascript:}, {@code vbscript:}, {@code data:}). */
    static boolean isUnsafe(String url) {
        return UnsafeUrls.isUnsafe(url);
    }

    private static String clean(String raw) {
        String url = raw.strip();
        return url.indexOf('\n') >= 0 || url.indexOf('\t') >= 0 || url.indexOf('\r') >= 0
                ? TAB_OR_NEWLINE.matcher(url).replaceAll("") : url;
    }

    /** An absolute http(s) URL, or {@code null}. */
    static String absoluteHttp(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        String url = text.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && url.length() > 8) {
            return url;
        }
        return null;
    }
}
