package org.articlekit.parser.internal.frontmatter;

/**
 * How front matter is read: the limits that stop hostile input early and whether faults are errors.
 *
 * @param maxBytes   the largest block, in UTF-8 bytes
 * @param maxAliases the most YAML aliases to collections a block may use
 * @param maxDepth   the deepest nesting of maps and lists, in every format
 * @param maxValues  the most values (scalars, lists and maps, aliases counted each time they are used) a block
 *                   may expand to; this is what stops a YAML bomb that stays under the alias limit
 * @param strict     whether a fault in the front matter is an error instead of a recovered warning
 */
public record FrontMatterSettings(int maxBytes, int maxAliases, int maxDepth, int maxValues, boolean strict) {
}
