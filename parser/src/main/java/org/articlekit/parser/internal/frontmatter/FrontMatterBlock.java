package org.articlekit.parser.internal.frontmatter;

import org.articlekit.core.FrontMatterFormat;

/**
 * An article's text split in two.
 *
 * @param format    the syntax of the block ({@link FrontMatterFormat#NONE} when there is none)
 * @param source    the block's text, line ends made {@code \n} and line for line the same as the file; empty
 *                  when there is none
 * @param firstLine the 1-based line of the original file on which {@code source} starts
 * @param body      the rest of the file, exactly as written: the body
 * @param bodyLine  the 1-based line of the original file on which {@code body} starts
 */
public record FrontMatterBlock(FrontMatterFormat format, String source, int firstLine, String body, int bodyLine) {

    /** A text with no front matter: all of it is body. */
    public static FrontMatterBlock none(String text) {
        return new FrontMatterBlock(FrontMatterFormat.NONE, "", 1, text, 1);
    }
}
