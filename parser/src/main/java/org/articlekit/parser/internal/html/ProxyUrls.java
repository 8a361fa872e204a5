package org.articlekit.parser.internal.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unwraps image URLs that point at a known proxy in front of the original (RSS mirroring bots route images through
 * CORS proxies and resizing services), when the option asks for it.
 */
final class ProxyUrls {

    // CORS proxies that take the original URL, unencoded, as the whole query or the rest of the path
    private static final Pattern RAW_TARGET = Pattern.compile(
            "^https?://(?:cors\\.zfour\\.workers\\.dev/\\?|cors-anywhere\\.herokuapp\\.com/|"
                    + "api\\.allorigins\\.win/raw\\?url=|corsproxy\\.io/\\?|[\\w-]+\\.workers\\.dev/\\?)"
                    + "(https?://.+)$", Pattern.CASE_INSENSITIVE);
    // resizing services that take the original, URL-encoded, in a url parameter
    private static final Pattern URL_PARAMETER = Pattern.compile(
            "^https?://(?:images\\.weserv\\.nl|wsrv\\.nl)/\\?(?:.*&)?url=([^&]+).*$", Pattern.CASE_INSENSITIVE);
    // Jetpack Photon: https://i0.wp.com/example.com/a.jpg?w=600 serves https://example.com/a.jpg
    private static final Pattern PHOTON = Pattern.compile("^https?://i[0-3]\\.wp\\.com/([^?#]+).*$",
            Pattern.CASE_INSENSITIVE);

    private ProxyUrls() {
    }

    /** The original behind a known proxy prefix, or {@code url} itself. */
    static String unwrap(String url) {
        Matcher raw = RAW_TARGET.matcher(url);
        if (raw.matches()) {
            return raw.group(1);
        }
        Matcher parameter = URL_PARAMETER.matcher(url);
        if (parameter.matches()) {
            String target = URLDecoder.decode(parameter.group(1), StandardCharsets.UTF_8);
            String lower = target.toLowerCase(Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://") ? target
                    : target.startsWith("//") ? "https:" + target : "https://" + target;
        }
        Matcher photon = PHOTON.matcher(url);
        if (photon.matches()) {
            return "https://" + photon.group(1);
        }
        return url;
    }
}
