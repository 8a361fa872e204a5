package org.articlekit.core;

/** The root of the exceptions articlekit throws on purpose; anything else escaping its API is a bug. */
public class ArticleException extends RuntimeException {

    public ArticleException(String message) {
        super(message);
    }

    public ArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
