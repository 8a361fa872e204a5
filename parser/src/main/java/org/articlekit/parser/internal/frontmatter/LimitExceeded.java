package org.articlekit.parser.internal.frontmatter;

/** A front matter that goes past one of the limits; reported as a diagnostic, never thrown out of the parser. */
final class LimitExceeded extends RuntimeException {

    LimitExceeded(String message) {
        super(message, null, false, false);
    }
}
