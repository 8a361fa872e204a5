package org.articlekit.parser.internal.html;

/**
 * What the HTML reader needs of the parser's options.
 *
 * @param baseUrl         the URL relative links resolve against when the front matter gives none, or {@code null}
 * @param unwrapProxyUrls whether known image-proxy prefixes are removed
 * @param keepHtml        whether HTML the tree cannot express is kept as {@code html} nodes
 * @param maxDepth        the deepest element nesting kept as structure
 * @param maxUrlLength    the longest URL kept
 * @param maxTableCells   the most cells one table may have
 * @param maxAttributeLength the longest attribute value kept; a longer one is dropped with a warning
 */
public record HtmlSettings(String baseUrl, boolean unwrapProxyUrls, boolean keepHtml, int maxDepth, int maxUrlLength,
        int maxTableCells, int maxAttributeLength) {

    /** The default longest attribute value, 64 KiB: far above any real {@code alt}, {@code srcset} or URL. */
    public static final int DEFAULT_MAX_ATTRIBUTE_LENGTH = 64 * 1024;

    /** Settings with the default attribute limit, for callers that do not set one. */
    public HtmlSettings(String baseUrl, boolean unwrapProxyUrls, boolean keepHtml, int maxDepth, int maxUrlLength,
            int maxTableCells) {
        this(baseUrl, unwrapProxyUrls, keepHtml, maxDepth, maxUrlLength, maxTableCells, DEFAULT_MAX_ATTRIBUTE_LENGTH);
    }
}
