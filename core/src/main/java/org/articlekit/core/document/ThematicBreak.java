package org.articlekit.core.document;

/** A thematic break between sections, {@code <hr>} in HTML (mdast {@code thematicBreak}). */
public record ThematicBreak() implements Block {

    @Override
    public String type() {
        return "thematicBreak";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitThematicBreak(this);
    }
}
