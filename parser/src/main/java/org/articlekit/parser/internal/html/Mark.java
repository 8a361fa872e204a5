package org.articlekit.parser.internal.html;

/**
 * An open inline element that formats the content inside it. Identity matters: the same {@code <em>} split by a
 * block becomes two {@code emphasis} nodes, each built from this one mark.
 *
 * @param kind  what it makes
 * @param url   the resolved destination of a link; {@code null} otherwise
 * @param title the title of a link, or {@code null}
 * @param tag   the tag name of a presentational element kept as raw HTML; {@code null} otherwise
 */
record Mark(Kind kind, String url, String title, String tag) {

    enum Kind { EMPHASIS, STRONG, DELETE, CODE, LINK, RAW_TAG }

    static Mark of(Kind kind) {
        return new Mark(kind, null, null, null);
    }

    // identity, not value: two links to the same URL are two links
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
