package org.articlekit.core;

import java.util.Objects;

/**
 * Facts about where an article came from.
 *
 * @param path              the path it was read from, relative to the input root where there is one,
 *                          with {@code /} as separator; {@code "-"} for standard input
 * @param frontMatterFormat the syntax of its front-matter block
 */
public record Source(String path, FrontMatterFormat frontMatterFormat) {

    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(frontMatterFormat, "frontMatterFormat");
    }

    /** A source with the given path and no front matter. */
    public static Source of(String path) {
        return new Source(path, FrontMatterFormat.NONE);
    }
}
