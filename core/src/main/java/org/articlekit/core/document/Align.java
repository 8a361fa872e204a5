package org.articlekit.core.document;

/** The alignment of a table column. */
public enum Align {
    NONE, LEFT, CENTER, RIGHT;

    /** The mdast value: {@code left}, {@code center}, {@code right}, or {@code null} for {@link #NONE}. */
    public String mdast() {
        return this == NONE ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
