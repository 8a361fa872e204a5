package org.articlekit.cli;

import picocli.CommandLine.Model.ArgSpec;

/**
 * One option or positional parameter of a command, declared in code by {@link Args}: its picocli model, and
 * after parsing its value, typed.
 *
 * @param <T> the type of the value
 */
final class Arg<T> {

    private final ArgSpec spec;
    private final T absent;

    Arg(ArgSpec spec, T absent) {
        this.spec = spec;
        this.absent = absent;
    }

    /** The value the command line gave, or when it gave none: null, false for a flag, empty for a list or map. */
    T value() {
        T value = spec.getValue();
        return value != null ? value : absent;
    }
}
