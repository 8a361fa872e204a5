package org.articlekit.parser.internal.frontmatter;

/**
 * Where something is in the original file.
 *
 * @param line   1-based line
 * @param column 1-based column
 */
public record Position(int line, int column) {
}
