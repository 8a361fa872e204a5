package org.articlekit.parser.internal.frontmatter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.parser.internal.Diagnostics;

/** Finds the front-matter block at the start of an article's text. */
public final class FrontMatterSplitter {

    private static final Pattern FENCED = Pattern.compile(
            "\\A(?:[ \\t]*\\r?\\n)*(---|\\+\\+\\+)[ \\t]*\\r?\\n(.*?\\r?\\n)??(?:---|\\.\\.\\.|\\+\\+\\+)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);

    private FrontMatterSplitter() {
    }

    public static FrontMatterBlock split(String text, Diagnostics diagnostics) {
        Matcher m = FENCED.matcher(text);
        if (!m.find()) {
            return FrontMatterBlock.none(text);
        }
        FrontMatterFormat format = m.group(1).equals("+++") ? FrontMatterFormat.TOML : FrontMatterFormat.YAML;
        String source = m.group(2) == null ? "" : m.group(2);
        int firstLine = lineOf(text, m.start(1)) + 1;
        return new FrontMatterBlock(format, source, firstLine, text.substring(m.end()), lineOf(text, m.end()));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
