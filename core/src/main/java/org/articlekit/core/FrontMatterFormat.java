package org.articlekit.core;

import java.util.Locale;

/** The syntax of an article's front-matter block. */
public enum FrontMatterFormat {
    /** YAML between {@code ---} lines. */
    YAML,
    /** TOML between {@code +++} lines. */
    TOML,
    /** A JSON object: Hugo's leading {@code {…}} or Hexo's {@code ;;;}-terminated form. */
    JSON,
    /** No front matter at all. */
    NONE;

    /** The lower-case name used in the JSON contract ({@code yaml}, {@code toml}, {@code json}, {@code none}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format whose {@link #id()} is {@code id}, ignoring case. */
    public static FrontMatterFormat fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
