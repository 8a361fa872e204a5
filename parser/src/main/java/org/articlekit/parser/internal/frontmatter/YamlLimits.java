package org.articlekit.parser.internal.frontmatter;

/**
 * The limits that stop hostile YAML early.
 *
 * @param maxAliases    the most aliases a document may use
 * @param maxDepth      the deepest nesting of collections
 * @param maxCodePoints the longest document, in code points
 */
public record YamlLimits(int maxAliases, int maxDepth, int maxCodePoints) {
}
