/**
 * Reads article files into {@link org.articlekit.core.Article}s: {@link org.articlekit.parser.ArticleParser}
 * configured by {@link org.articlekit.parser.ParserOptions}. Everything under {@code internal} is machinery
 * and may change without notice.
 */
package org.articlekit.parser;
