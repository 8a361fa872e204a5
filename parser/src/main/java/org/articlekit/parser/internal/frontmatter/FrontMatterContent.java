package org.articlekit.parser.internal.frontmatter;

import java.util.Map;
import org.articlekit.core.FrontMatter;

/**
 * What a front-matter block holds, and where each top-level value was written (for diagnostics about a value,
 * such as an unreadable date, that name the line of its key rather than the block's start).
 *
 * @param values    the keys and values in source order, as written
 * @param positions the position of each top-level key's value in the original file
 * @param firstLine the line of the original file on which the block starts
 */
public record FrontMatterContent(FrontMatter values, Map<String, Position> positions, int firstLine) {

    public FrontMatterContent {
        positions = Map.copyOf(positions);
    }

    /** The content of an article without front matter. */
    public static FrontMatterContent empty(int firstLine) {
        return new FrontMatterContent(FrontMatter.EMPTY, Map.of(), firstLine);
    }

    /** Where the value of {@code key} was written, or else the block's start. */
    public Position positionOf(String key) {
        return positions.getOrDefault(key, new Position(firstLine, 1));
    }
}
