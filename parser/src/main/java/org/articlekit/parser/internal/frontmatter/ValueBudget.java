package org.articlekit.parser.internal.frontmatter;

/** Counts the values one block expands to and the depth reached, and stops both at their limits. */
final class ValueBudget {

    /** Recursion in the value builders is bounded by this whatever the configured depth, to keep the stack safe. */
    private static final int HARD_DEPTH = 1000;

    private final int maxValues;
    private final int maxDepth;
    private int spent;

    ValueBudget(FrontMatterSettings settings) {
        this.maxValues = settings.maxValues();
        this.maxDepth = Math.min(settings.maxDepth(), HARD_DEPTH);
    }

    void spend() {
        if (++spent > maxValues) {
            throw new LimitExceeded("the front matter expands to more than " + maxValues
                    + " values (aliases repeating large lists?)");
        }
    }

    void checkDepth(int depth) {
        if (depth > maxDepth) {
            throw new LimitExceeded("the front matter nests deeper than " + maxDepth + " levels");
        }
    }
}
