package org.articlekit.exporter.markdown.internal;

import org.articlekit.core.ExportException;

/**
 * The bound on nesting that keeps the recursive writers far from a {@link StackOverflowError}: a tree nested
 * deeper than {@link #MAX_DEPTH} (blocks and inlines counted together) is refused with an {@link ExportException}.
 * The parser caps nesting at 128 by default, so only trees built in code can reach it.
 */
final class DepthGuard {

    /** The deepest nesting written. */
    static final int MAX_DEPTH = 512;

    private int depth;

    void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw new ExportException("the document is nested more than " + MAX_DEPTH
                    + " levels deep; Markdown output is refused");
        }
    }

    void exit() {
        depth--;
    }
}
