package org.articlekit.cli.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out output paths so that two inputs never share one: the second {@code a/post.md} becomes
 * {@code a/post-2.md}, the third {@code a/post-3.md}. Names are compared as a case-insensitive, Unicode-normalising
 * file system (macOS, Windows) would, so the outputs stay distinct there too. Called in input order, it is
 * deterministic whatever the worker timing.
 */
public final class NameAllocator {

    private final Set<String> taken = new HashSet<>();

    /** A path not handed out before: {@code wanted}, or it with a {@code -N} suffix before the extension. */
    public String claim(String wanted) {
        if (taken.add(key(wanted))) {
            return wanted;
        }
        int slash = wanted.lastIndexOf('/');
        String folder = wanted.substring(0, slash + 1);
        String name = wanted.substring(slash + 1);
        String stem = FileNames.stem(name);
        String extension = name.substring(stem.length());
        for (int n = 2; ; n++) {
            String suffix = "-" + n + extension;
            String candidate = folder + FileNames.capBytes(stem, FileNames.MAX_NAME_BYTES
                    - FileNames.utf8Length(suffix)) + suffix;
            if (taken.add(key(candidate))) {
                return candidate;
            }
        }
    }

    private static String key(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
