package org.articlekit.cli.internal;

/** A run that cannot start because of how it was asked for (bad option value, config file, plan); exit status 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
