package org.articlekit.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An output layout by metadata, such as {@code ${year}/${month}/${slug}.${ext}}: {@code /} separates folders,
 * placeholders are {@code ${year} ${month} ${day} ${slug} ${category} ${author} ${name} ${ext}}. Every folder and
 * file name it yields is safe on every common file system and never {@code ..}.
 */
public final class NamePattern {

    /** The placeholders a pattern may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("year", "month", "day", "slug", "category", "author",
            "name", "ext");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final String text;

    private NamePattern(String text) {
        this.text = text;
    }

    /**
     * The pattern written as {@code text}.
     *
     * @throws UsageException when it is empty, absolute or names an unknown placeholder
     */
    public static NamePattern parse(String text) {
        if (text.isBlank()) {
            throw new UsageException("the name pattern is empty");
        }
        if (text.startsWith("/") || text.contains("\\")) {
            throw new UsageException("the name pattern '" + text + "' must be a relative path with / separators");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new UsageException("the name pattern '" + text + "' has an unknown placeholder ${" + m.group(1)
                        + "}; known: ${year} ${month} ${day} ${slug} ${category} ${author} ${name} ${ext}");
            }
        }
        return new NamePattern(text);
    }

    /** The relative output path ({@code /}-separated) for an article with these facts. */
    public String render(NameFacts facts, String extension) {
        List<String> segments = new ArrayList<>();
        String[] parts = text.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(parts[i]);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), facts, extension)));
            }
            m.appendTail(out);
            boolean last = i == parts.length - 1;
            String segment = out.toString();
            if (last) {
                int dot = segment.lastIndexOf('.');
                if (dot > 0) {
                    String ext = FileNames.safeSegment(segment.substring(dot + 1), 32);
                    String stem = FileNames.safeSegment(segment.substring(0, dot),
                            FileNames.MAX_NAME_BYTES - 1 - FileNames.utf8Length(ext));
                    segment = stem + "." + ext;
                } else {
                    segment = FileNames.safeSegment(segment, FileNames.MAX_NAME_BYTES);
                }
            } else {
                segment = FileNames.safeSegment(segment, FileNames.MAX_NAME_BYTES);
            }
            segments.add(segment);
        }
        return String.join("/", segments);
    }

    private static String value(String placeholder, NameFacts facts, String extension) {
        String raw = switch (placeholder) {
            case "year" -> facts.year();
            case "month" -> facts.month();
            case "day" -> facts.day();
            case "slug" -> facts.slug();
            case "category" -> facts.category();
            case "author" -> facts.author();
            case "name" -> facts.name();
            case "ext" -> extension;
            default -> throw new IllegalStateException("unchecked placeholder " + placeholder);
        };
        // a value is one segment: it never adds a folder level
        return raw.replace('/', '-').replace('\\', '-');
    }

    @Override
    public String toString() {
        return text;
    }
}
