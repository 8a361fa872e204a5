package org.articlekit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Settings from {@code articlekit.yaml} (in the working folder) or {@code --config FILE}: the same names as the
 * long options, without dashes in front; {@code export:} holds exporter options. Read as plain data (snakeyaml's
 * safe constructor, with limits); an unknown key is an error, so a typo does not go unnoticed. Command-line
 * options win over the file.
 *
 * <pre>
 * to: markdown
 * jobs: 4
 * zone: Asia/Shanghai
 * exclude: [drafts]
 * export:
 *   width: 72
 * </pre>
 */
public final class ConfigFile {

    /** The file looked for in the working folder. */
    public static final String DEFAULT_NAME = "articlekit.yaml";

    /** No settings. */
    public static final ConfigFile EMPTY = new ConfigFile(null, Map.of());

    static final Set<String> KEYS = Set.of("to", "jobs", "timeout", "include", "exclude", "name-pattern", "overwrite",
            "plugins", "zone", "strict", "base-url", "keep-html", "unwrap-proxies", "max-input-bytes",
            "max-front-matter-bytes", "max-yaml-aliases", "max-yaml-depth", "max-html-depth", "max-url-length",
            "max-table-cells", "max-attribute-length", "max-body-bytes", "max-front-matter-values", "width",
            "link-style", "front-matter", "export");

    private final Path source;
    private final Map<String, Object> values;

    private ConfigFile(Path source, Map<String, Object> values) {
        this.source = source;
        this.values = values;
    }

    /**
     * The settings for a run: {@code explicit} when given (it must exist), else {@code articlekit.yaml} in
     * {@code workingDir} when there is one, else none.
     */
    public static ConfigFile find(Path explicit, Path workingDir) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new UsageException(explicit + ": the config file does not exist");
            }
            return load(explicit);
        }
        Path implicit = workingDir.resolve(DEFAULT_NAME);
        return Files.isRegularFile(implicit) ? load(implicit) : EMPTY;
    }

    /**
     * The settings in {@code file}.
     *
     * @throws UsageException naming the file, and the line where known, when it cannot be read or is not valid
     */
    public static ConfigFile load(Path file) {
        LoaderOptions limits = new LoaderOptions();
        limits.setAllowDuplicateKeys(false);
        limits.setMaxAliasesForCollections(20);
        limits.setNestingDepthLimit(20);
        limits.setCodePointLimit(1024 * 1024);
        Object data;
        try (InputStream in = Files.newInputStream(file)) {
            data = new Yaml(new SafeConstructor(limits)).load(in);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read the config file: " + Reasons.io(e), e);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new UsageException(file + (line > 0 ? ":" + line : "") + ": not valid YAML: "
                    + Failure.oneLine(e.getProblem()), e);
        } catch (YAMLException e) {
            throw new UsageException(file + ": not valid YAML: " + Failure.oneLine(e.getMessage()), e);
        }
        if (data == null) {
            return new ConfigFile(file, Map.of());
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new UsageException(file + ": the config file must be a mapping of option names to values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (!KEYS.contains(key)) {
                throw new UsageException(file + ": unknown setting '" + key + "'; known: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
            values.put(key, entry.getValue());
        }
        return new ConfigFile(file, values);
    }

    /** The file these settings came from, or {@code null}. */
    public Path source() {
        return source;
    }

    /** A text value, or {@code null} when not set. */
    public String string(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw wrong(key, "a single value");
        }
        return String.valueOf(value);
    }

    /** A true/false value, or {@code null} when not set. */
    public Boolean flag(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw wrong(key, "true or false");
    }

    /** A whole number, or {@code null} when not set. */
    public Long number(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            return n.longValue();
        }
        throw wrong(key, "a whole number");
    }

    /** A list of texts (a single text counts as a list of one), empty when not set. */
    public List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map || item instanceof List || item == null) {
                    throw wrong(key, "a list of texts");
                }
                out.add(String.valueOf(item));
            }
            return out;
        }
        return List.of(string(key));
    }

    /** A mapping of names to texts, empty when not set. */
    public Map<String, String> map(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw wrong(key, "a mapping of names to values");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() instanceof Map || entry.getValue() instanceof List) {
                throw wrong(key + "." + entry.getKey(), "a single value");
            }
            out.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
        }
        return out;
    }

    private UsageException wrong(String key, String expected) {
        return new UsageException(source + ": the setting '" + key + "' must be " + expected);
    }
}
