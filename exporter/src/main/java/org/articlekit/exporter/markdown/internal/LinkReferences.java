package org.articlekit.exporter.markdown.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The numbered link references of one document, for {@code link-style=referenced}: one number per URL and title. */
final class LinkReferences {

    private record Target(String url, String title) {
    }

    private final Map<Target, Integer> numbers = new LinkedHashMap<>();

    /** The number of the reference to {@code url} with {@code title}, allotted on first use. */
    int number(String url, String title) {
        return numbers.computeIfAbsent(new Target(url, title), t -> numbers.size() + 1);
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** The definitions, {@code [1]: url "title"}, one a line, in order of first use. */
    void writeDefinitions(LineOutput out) {
        numbers.forEach((target, number) -> out.line("[" + number + "]: " + Destinations.destination(target.url())
                + Destinations.title(target.title())));
    }

    @Override
    public String toString() {
        return Objects.toString(numbers);
    }
}
