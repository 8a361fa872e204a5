package org.articlekit.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short, human explanations of exceptions, without stack traces or class names where a sentence will do. */
public final class Reasons {

    private Reasons() {
    }

    /** What went wrong with a file operation: {@code permission denied}, {@code no such file or folder} … */
    public static String io(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : Failure.oneLine(e.getMessage());
    }

    /** An unexpected exception, for a bug report: its type and message. */
    public static String unexpected(Throwable e) {
        String message = e.getMessage();
        if (e instanceof StackOverflowError) {
            return "it ran out of stack (StackOverflowError)";
        }
        if (e instanceof OutOfMemoryError) {
            return "it ran out of memory (OutOfMemoryError)";
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + Failure.oneLine(message));
    }
}
