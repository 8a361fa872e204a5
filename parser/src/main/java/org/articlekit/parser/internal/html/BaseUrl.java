package org.articlekit.parser.internal.html;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import org.articlekit.core.Metadata;
import org.jsoup.nodes.Element;

/**
 * The URL relative links and images resolve against: the document's own {@code <base href>}, else the article's
 * URL from its front matter, else the configured base URL; {@code null} when none is known (URLs stay relative).
 */
final class BaseUrl {

    /** Front-matter keys that hold the article's own URL, most specific first. */
    static final List<String> FRONT_MATTER_KEYS = List.of("url", "link", "permalink", "canonical", "canonicalURL",
            "canonical_url", "base", "baseURL", "baseurl", "base_url");

    private BaseUrl() {
    }

    /**
     * The document's first {@code <base href>} element, or {@code null}.
     *
     * @param body   the parsed body
     * @param source the HTML it was parsed from: searching the tree is skipped when no {@code <base} is written
     */
    static Element findBase(Element body, String source) {
        return body.ownerDocument() == null || !mentionsBaseTag(source) ? null
                : body.ownerDocument().selectFirst("base[href]");
    }

    /**
     * The base URL: the {@code href} of {@code base}, else a front-matter URL, else the configured one.
     *
     * @param base the document's {@code <base href>} element ({@link #findBase}), or {@code null}
     */
    static String of(Element base, Metadata metadata, String configured) {
        String fallback = Urls.absoluteHttp(configured);
        if (base != null) {
            String href = resolve(fallback, Attrs.get(base, "href"));
            if (href != null) {
                return href;
            }
        }
        for (String key : FRONT_MATTER_KEYS) {
            Object value = metadata.frontMatter().get(key);
            if (value instanceof String text && !text.isBlank()) {
                String url = resolve(fallback, text);
                if (url != null) {
                    return url;
                }
            }
        }
        return fallback;
    }

    private static boolean mentionsBaseTag(String html) {
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            // the first letter alone rules out nearly every tag, before the case-blind comparison
            char first = i + 1 < html.length() ? html.charAt(i + 1) : ' ';
            if ((first == 'b' || first == 'B') && html.regionMatches(true, i + 1, "base", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** {@code value} if absolute http(s), else resolved against {@code base}; {@code null} if neither works. */
    private static String resolve(String base, String value) {
        String absolute = Urls.absoluteHttp(value);
        if (absolute != null) {
            return absolute;
        }
        if (base == null || value.strip().startsWith("//")) {
            return value.strip().startsWith("//") ? "https:" + value.strip() : null;
        }
        try {
            return new URL(new URL(base), value.strip()).toExternalForm();
        } catch (MalformedURLException e) {
            return null;
        }
    }
}
