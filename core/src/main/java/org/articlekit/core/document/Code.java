package org.articlekit.core.document;

import java.util.Objects;

/**
 * A block of preformatted code (mdast {@code code}).
 *
 * @param lang  the language, such as {@code java}; {@code null} when unknown
 * @param meta  anything after the language on a fence's info string; usually {@code null}
 * @param value the code, lines separated by {@code \n}, without a final newline
 */
public record Code(String lang, String meta, String value) implements Block {

    public Code {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
        return "code";
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitCode(this);
    }
}
