package org.articlekit.robustness;

import java.util.function.Supplier;
import org.articlekit.parser.ParserOptions;

/**
 * One hostile or broken article, made in code when a test asks for it (nothing large is committed).
 *
 * @param name     a short stable name, also the test's display name
 * @param path     the path given to the parser (the extension can matter: a binary file named {@code .md})
 * @param bytes    makes the input; called once per test, so large inputs do not stay on the heap
 * @param survivor a word of the body that every output must still contain, or {@code null} when the input
 *                 promises none (a refusal with {@code ParseException} is then acceptable too)
 * @param options  the parser options to read it with
 */
record HostileInput(String name, String path, Supplier<byte[]> bytes, String survivor, ParserOptions options) {

    HostileInput withOptions(String suffix, ParserOptions other) {
        return new HostileInput(name + suffix, path, bytes, survivor, other);
    }

    @Override
    public String toString() {
        return name;
    }
}
