package org.articlekit.cli.internal;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files found in a directory are inputs: by default {@code *.md *.markdown *.html *.htm *.txt}; with
 * {@code --include} globs, those instead; never one matching an {@code --exclude} glob. A glob without {@code /}
 * matches a file or folder name at any depth; one with {@code /} matches the path below the input root.
 */
public final class InputFilter {

    /** The extensions taken from a directory when no {@code --include} is given. */
    public static final Set<String> DEFAULT_EXTENSIONS = Set.of("md", "markdown", "html", "htm", "txt");

    private final List<Glob> includes;
    private final List<Glob> excludes;

    private InputFilter(List<Glob> includes, List<Glob> excludes) {
        this.includes = includes;
        this.excludes = excludes;
    }

    /**
     * A filter of these globs.
     *
     * @throws UsageException naming a glob that does not compile
     */
    public static InputFilter of(List<String> includes, List<String> excludes) {
        return new InputFilter(includes.stream().map(Glob::of).toList(), excludes.stream().map(Glob::of).toList());
    }

    /** Takes every default extension, excludes nothing. */
    public static InputFilter defaults() {
        return new InputFilter(List.of(), List.of());
    }

    /** Whether the file at {@code relative} (below its root, {@code /}-separated) is an input. */
    public boolean acceptsFile(String relative) {
        if (excluded(relative)) {
            return false;
        }
        if (includes.isEmpty()) {
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return dot > 0 && DEFAULT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
        return includes.stream().anyMatch(g -> g.matches(relative));
    }

    /** Whether the folder at {@code relative} is walked. */
    public boolean acceptsFolder(String relative) {
        return !excluded(relative);
    }

    private boolean excluded(String relative) {
        return excludes.stream().anyMatch(g -> g.matches(relative));
    }

    private record Glob(String text, PathMatcher matcher, boolean wholePath) {
        static Glob of(String text) {
            try {
                return new Glob(text, FileSystems.getDefault().getPathMatcher("glob:" + text), text.contains("/"));
            } catch (IllegalArgumentException e) {
                throw new UsageException("the glob '" + text + "' is not valid: " + e.getMessage());
            }
        }

        boolean matches(String relative) {
            String subject = wholePath ? relative : relative.substring(relative.lastIndexOf('/') + 1);
            return matcher.matches(Path.of(subject));
        }
    }
}
