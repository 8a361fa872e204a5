package org.articlekit.parser.internal.frontmatter;

import java.util.regex.Pattern;
import org.articlekit.core.FrontMatterFormat;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.internal.text.Lines;

/**
 * Finds the front-matter block at the start of an article's text. Recognised, after any blank lines:
 * <ul>
 *   <li>YAML between {@code ---} lines, closed by {@code ---} or {@code ...} (Jekyll, Hugo, Hexo); the opener may
 *       carry content ({@code --- 42}, {@code --- # comment}) as in YAML itself;</li>
 *   <li>TOML between {@code +++} lines (Hugo);</li>
 *   <li>JSON: Hugo's leading {@code {…}} object, Hexo's object or bare {@code "key": value} list ended by a
 *       {@code ;;;} line, or a block between {@code ;;;} lines;</li>
 *   <li>Hexo's YAML without an opener: {@code key: value} lines ended by a {@code ---} line.</li>
 * </ul>
 * Fence lines may have trailing spaces and the opener leading ones; a closer must start its line, so an indented
 * {@code ---} inside a block scalar does not end the block. Only the start of the file is looked at: a {@code ---}
 * further down is body. An opener without a closer is recovered: the block runs as far as its lines look like
 * front matter, with a warning.
 */
public final class FrontMatterSplitter {

    /** A line that starts a top-level YAML entry: {@code key:} followed by a space or the line end. */
    private static final Pattern YAML_KEY = Pattern.compile("^(?:\"[^\"]*\"|'[^']*'|[^\\s#<>{}\\[\\]\\-!&*|%@`,\"'][^:]*):(?:[ \\t].*)?$");
    private static final Pattern TOML_KEY = Pattern.compile("^\\s*(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.\\- ]+)\\s*=.*$");
    private static final Pattern TOML_TABLE = Pattern.compile("^\\s*\\[\\[?[^\\]]+\\]\\]?\\s*(?:#.*)?$");

    private FrontMatterSplitter() {
    }

    public static FrontMatterBlock split(String text, boolean strict, Diagnostics diagnostics) {
        Lines lines = Lines.of(text);
        int first = 0;
        while (lines.has(first) && lines.line(first).isBlank()) {
            first++;
        }
        if (!lines.has(first)) {
            return FrontMatterBlock.none(text);
        }
        String opener = lines.line(first).strip();
        if (opener.equals("---")) {
            return fenced(lines, first, FrontMatterFormat.YAML, false, strict, diagnostics, "---", "...");
        }
        if (opener.startsWith("--- ") || opener.startsWith("---\t")) {
            return fenced(lines, first, FrontMatterFormat.YAML, true, strict, diagnostics, "---", "...");
        }
        if (opener.equals("+++")) {
            return fenced(lines, first, FrontMatterFormat.TOML, false, strict, diagnostics, "+++");
        }
        if (opener.equals(";;;")) {
            return fenced(lines, first, FrontMatterFormat.JSON, false, strict, diagnostics, ";;;");
        }
        if (opener.equals("{") || opener.equals("{}") || opener.startsWith("{\"") || opener.startsWith("{ ")
                || opener.startsWith("{\t")) {
            return jsonObject(lines, first, strict, diagnostics);
        }
        if (opener.startsWith("\"")) {
            int closer = findLine(lines, first + 1, ";;;");
            if (closer > 0) {
                return block(lines, FrontMatterFormat.JSON, first, closer, closer + 1);
            }
        }
        if (YAML_KEY.matcher(lines.line(first)).matches()) {
            return hexoWithoutOpener(lines, first);
        }
        return FrontMatterBlock.none(text);
    }

    private static FrontMatterBlock fenced(Lines lines, int opener, FrontMatterFormat format, boolean inlineContent,
            boolean strict, Diagnostics diagnostics, String... closers) {
        int closer = -1;
        for (int i = opener + 1; lines.has(i) && closer < 0; i++) {
            String line = lines.line(i).stripTrailing();
            for (String c : closers) {
                if (line.equals(c)) {
                    closer = i;
                    break;
                }
            }
        }
        if (closer >= 0) {
            if (inlineContent) {
                // the opener's own content belongs to the YAML document: "--- 42" is the scalar 42
                String source = lines.line(opener).strip() + "\n" + lines.joined(opener + 1, closer);
                return new FrontMatterBlock(format, source, opener + 1, body(lines, closer + 1), closer + 2);
            }
            return block(lines, format, opener + 1, closer, closer + 1);
        }
        return unclosed(lines, opener, format, strict, diagnostics, closers[0]);
    }

    /** An opener without a closer: take the lines that look like front matter, warn, and read the rest as body. */
    private static FrontMatterBlock unclosed(Lines lines, int opener, FrontMatterFormat format, boolean strict,
            Diagnostics diagnostics, String closer) {
        int end = opener + 1;
        int lastContent = -1;
        boolean sawKey = false;
        while (lines.has(end)) {
            String line = lines.line(end);
            boolean key = format == FrontMatterFormat.TOML
                    ? TOML_KEY.matcher(line).matches() || TOML_TABLE.matcher(line).matches()
                    : YAML_KEY.matcher(line).matches();
            // markup, even indented, is the body starting
            boolean markup = line.stripLeading().startsWith("<");
            if (markup || !(key || line.isBlank() || isContinuation(line) || line.stripLeading().startsWith("#"))) {
                break;
            }
            sawKey |= key;
            if (!line.isBlank()) {
                lastContent = end;
            }
            end++;
        }
        if (!sawKey || format == FrontMatterFormat.JSON) {
            diagnostics.fault(strict, "front-matter-unclosed", "the line '" + lines.line(opener).strip()
                    + "' opens a front matter that no '" + closer + "' line closes; the whole file is read as body",
                    opener + 1, 1);
            return FrontMatterBlock.none(lines.text());
        }
        diagnostics.fault(strict, "front-matter-unclosed", "the front matter opened on line " + (opener + 1)
                + " is not closed by a '" + closer + "' line; read it up to line " + (lastContent + 1)
                + " and the rest as body", opener + 1, 1);
        return block(lines, format, opener + 1, lastContent + 1, lastContent + 1);
    }

    private static boolean isContinuation(String line) {
        return line.startsWith(" ") || line.startsWith("\t") || line.startsWith("- ") || line.equals("-");
    }

    /** Hugo's leading JSON object, ended where its braces balance; Hexo may follow it with a {@code ;;;} line. */
    private static FrontMatterBlock jsonObject(Lines lines, int first, boolean strict, Diagnostics diagnostics) {
        String text = lines.text();
        int end = closingBrace(text, lines.start(first) + lines.line(first).indexOf('{'));
        if (end < 0) {
            int closer = findLine(lines, first + 1, ";;;");
            if (closer > 0) {
                return block(lines, FrontMatterFormat.JSON, first, closer, closer + 1);
            }
            diagnostics.fault(strict, "front-matter-unclosed", "the JSON front matter opened on line " + (first + 1)
                    + " has no closing '}'; the whole file is read as body", first + 1, 1);
            return FrontMatterBlock.none(text);
        }
        int endLine = first;
        while (lines.has(endLine + 1) && lines.start(endLine + 1) <= end) {
            endLine++;
        }
        int bodyFrom = endLine + 1;
        int next = bodyFrom;
        while (lines.has(next) && lines.line(next).isBlank()) {
            next++;
        }
        if (lines.has(next) && lines.line(next).stripTrailing().equals(";;;")) {
            bodyFrom = next + 1;
        }
        return new FrontMatterBlock(FrontMatterFormat.JSON, lines.joined(first, endLine + 1), first + 1,
                body(lines, bodyFrom), bodyFrom + 1);
    }

    /** The offset of the brace closing the object that opens at {@code open}, or -1; strings are skipped. */
    static int closingBrace(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Hexo's form without an opener: key lines (and their lists) up to a {@code ---} line, nothing else. */
    private static FrontMatterBlock hexoWithoutOpener(Lines lines, int first) {
        for (int i = first; lines.has(i); i++) {
            String line = lines.line(i);
            if (line.stripTrailing().equals("---")) {
                return block(lines, FrontMatterFormat.YAML, first, i, i + 1);
            }
            boolean yamlish = YAML_KEY.matcher(line).matches() || line.isBlank() || isContinuation(line)
                    || line.startsWith("#");
            if (!yamlish) {
                break;
            }
        }
        return FrontMatterBlock.none(lines.text());
    }

    private static int findLine(Lines lines, int from, String fence) {
        for (int i = from; lines.has(i); i++) {
            if (lines.line(i).stripTrailing().equals(fence)) {
                return i;
            }
        }
        return -1;
    }

    /** Lines {@code from..to} (exclusive) as the block, the body starting at line {@code bodyFrom}. */
    private static FrontMatterBlock block(Lines lines, FrontMatterFormat format, int from, int to, int bodyFrom) {
        return new FrontMatterBlock(format, lines.joined(from, to), from + 1, body(lines, bodyFrom), bodyFrom + 1);
    }

    private static String body(Lines lines, int fromLine) {
        return !lines.has(fromLine) ? "" : lines.text().substring(lines.start(fromLine));
    }
}
