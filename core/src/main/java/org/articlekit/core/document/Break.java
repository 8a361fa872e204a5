package org.articlekit.core.document;

/** A hard line break, {@code <br>} in HTML (mdast {@code break}). */
public record Break() implements Inline {

    @Override
    public String type() {
        return "break";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitBreak(this);
    }
}
