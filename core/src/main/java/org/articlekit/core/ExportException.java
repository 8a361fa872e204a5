package org.articlekit.core;

/** An article that an exporter cannot write, or a misconfigured exporter. */
public class ExportException extends ArticleException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
