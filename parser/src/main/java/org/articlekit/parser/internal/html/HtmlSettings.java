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
 */
public record HtmlSettings(String baseUrl, boolean unwrapProxyUrls, boolean keepHtml, int maxDepth, int maxUrlLength,
        int maxTableCells) {
}
