package org.articlekit.parser.internal.frontmatter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.articlekit.core.FrontMatter;
import org.articlekit.parser.internal.Diagnostics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads a front-matter block into an ordered map of values as written. */
public final class FrontMatterReader {

    private static final ObjectMapper TOML = new TomlMapper();

    private FrontMatterReader() {
    }

    public static FrontMatter read(FrontMatterBlock block, YamlLimits limits, Diagnostics diagnostics) {
        if (block.source().isBlank()) {
            return FrontMatter.EMPTY;
        }
        try {
            Object value = switch (block.format()) {
                case YAML -> yaml(limits).load(block.source());
                case TOML -> TOML.readValue(block.source(), LinkedHashMap.class);
                case JSON -> new ObjectMapper().readValue(block.source(), LinkedHashMap.class);
                case NONE -> Map.of();
            };
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = (Map<String, Object>) map;
                return new FrontMatter(values);
            }
            diagnostics.warning("front-matter-not-a-map", "the front matter is not a mapping of keys to values",
                    block.firstLine(), 1);
        } catch (MarkedYAMLException e) {
            diagnostics.warning("front-matter-syntax", "the front matter cannot be read: " + e.getProblem(),
                    block.firstLine() + e.getProblemMark().getLine(), e.getProblemMark().getColumn() + 1);
        } catch (Exception e) {
            diagnostics.warning("front-matter-syntax", "the front matter cannot be read: " + e.getMessage(),
                    block.firstLine(), 1);
        }
        return FrontMatter.EMPTY;
    }

    private static Yaml yaml(YamlLimits limits) {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(limits.maxAliases());
        loader.setNestingDepthLimit(limits.maxDepth());
        loader.setCodePointLimit(limits.maxCodePoints());
        loader.setAllowDuplicateKeys(true);
        return new Yaml(new TimestampsAsWritten(loader));
    }

    /** Safe construction that keeps YAML timestamps as the text written, never a machine-zone Date. */
    private static final class TimestampsAsWritten extends SafeConstructor {
        TimestampsAsWritten(LoaderOptions loader) {
            super(loader);
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }
}
