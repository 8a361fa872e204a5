package org.articlekit.core.document;

import java.util.List;
import java.util.Objects;

/**
 * A hyperlink (mdast {@code link}).
 *
 * @param url      the destination, resolved where a base URL was known
 * @param title    the advisory title, or {@code null}
 * @param children the link text
 */
public record Link(String url, String title, List<Inline> children) implements Inline {

    public Link {
        Objects.requireNonNull(url, "url");
        children = List.copyOf(children);
    }

    @Override
    public String type() {
        return "link";
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitLink(this);
    }
}
