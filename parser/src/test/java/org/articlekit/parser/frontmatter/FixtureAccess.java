package org.articlekit.parser.frontmatter;

import org.articlekit.core.Article;

/** Lets tests in sibling packages read the front-matter fixtures. */
public final class FixtureAccess {

    private FixtureAccess() {
    }

    public static Article parse(String name) {
        return Fixtures.parse(name);
    }

    public static byte[] bytes(String name) {
        return Fixtures.bytes(name);
    }
}
