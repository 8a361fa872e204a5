package org.articlekit.parser.internal.frontmatter;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Tags plain scalars by the YAML 1.2 core schema rather than snakeyaml's YAML 1.1 default, so that values keep
 * the meaning their authors (and js-yaml, go-yaml v3) give them: {@code title: No} and {@code lang: no} stay
 * text, {@code time: 12:30} is not the sexagesimal number 750, {@code zip: 01234} is not octal. Numbers are
 * recognised only in forms that print back exactly as written ({@code 42}, {@code -3}, {@code 1.10}). Timestamps are
 * not resolved at all: they stay text exactly as written and are read by the date parser later.
 */
final class CoreSchemaResolver extends Resolver {

    static final Pattern BOOLEAN = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    // numbers only in the forms whose value prints back exactly as written: "007", "+5", "0x1F", ".5", "1.",
    // "1e3" stay text, so a title or version written that way is not rewritten
    static final Pattern INTEGER = Pattern.compile("^-?(?:0|[1-9][0-9]*)$");
    static final Pattern DECIMAL = Pattern.compile("^-?(?:0|[1-9][0-9]*)\\.[0-9]+$");
    static final Pattern NULL_VALUE = Pattern.compile("^(?:~|null|Null|NULL|)$");
    private static final Pattern MERGE = Pattern.compile("^<<$");
    private static final Pattern EMPTY = Pattern.compile("^$");

    /**
     * The one resolver every parse uses: its tables are filled in the constructor and only read afterwards, so
     * sharing it shares no mutable state (building one per parse cost a map of resolvers each time).
     */
    static final CoreSchemaResolver INSTANCE = new CoreSchemaResolver();

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF");
        addImplicitResolver(Tag.INT, INTEGER, "-0123456789");
        addImplicitResolver(Tag.FLOAT, DECIMAL, "-0123456789");
        addImplicitResolver(Tag.MERGE, MERGE, "<");
        addImplicitResolver(Tag.NULL, NULL_VALUE, "~nN\0");
        addImplicitResolver(Tag.NULL, EMPTY, null);
    }
}
