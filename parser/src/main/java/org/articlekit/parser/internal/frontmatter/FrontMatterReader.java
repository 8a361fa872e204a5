package org.articlekit.parser.internal.frontmatter;

import java.nio.charset.StandardCharsets;
import org.articlekit.parser.internal.Diagnostics;

/**
 * Reads a front-matter block into an ordered map of values as written, whatever its format. Nothing escapes:
 * a block too large, too deep or expanding past the value budget is reported and read as empty; a broken block
 * is recovered (or, when strict, reported as an error).
 */
public final class FrontMatterReader {

    private FrontMatterReader() {
    }

    public static FrontMatterContent read(FrontMatterBlock block, FrontMatterSettings settings,
            Diagnostics diagnostics) {
        int firstLine = block.firstLine();
        if (block.source().isBlank()) {
            return FrontMatterContent.empty(firstLine);
        }
        // a char is at most 3 bytes of UTF-8: only a block that could be over the limit is measured
        if (3L * block.source().length() > settings.maxBytes()) {
            int bytes = block.source().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > settings.maxBytes()) {
                diagnostics.fault(settings.strict(), "front-matter-too-large", "the front matter has " + bytes
                        + " bytes, more than the limit of " + settings.maxBytes() + "; it is ignored", firstLine, 1);
                return FrontMatterContent.empty(firstLine);
            }
        }
        try {
            return switch (block.format()) {
                case YAML -> YamlReader.read(block.source(), firstLine, settings, diagnostics);
                case TOML -> TomlReader.read(block.source(), firstLine, settings, diagnostics);
                case JSON -> JsonReader.read(block.source(), firstLine, settings, diagnostics);
                case NONE -> FrontMatterContent.empty(firstLine);
            };
        } catch (LimitExceeded e) {
            diagnostics.fault(settings.strict(), "front-matter-limit", "the front matter is refused: "
                    + e.getMessage() + "; it is ignored", firstLine, 1);
            return FrontMatterContent.empty(firstLine);
        }
    }
}
