package org.articlekit.parser.internal.frontmatter;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.articlekit.core.FrontMatter;
import org.articlekit.parser.internal.Diagnostics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML front matter. A flat block — most are — is read by {@link FlatYaml} alone, to the same result.
 * Otherwise snakeyaml only composes the node graph (with its alias, depth and size limits);
 * {@link YamlValues} makes the values, so loading is safe by construction. When the block does not parse, a
 * block indented with tabs is retried with the tabs expanded, and otherwise {@link YamlRecovery} reads it entry
 * by entry.
 */
final class YamlReader {

    private YamlReader() {
    }

    static FrontMatterContent read(String source, int firstLine, FrontMatterSettings settings,
            Diagnostics diagnostics) {
        try {
            return parse(source, firstLine, settings, diagnostics);
        } catch (MarkedYAMLException syntax) {
            String untabbed = Tabs.expandIndentation(source);
            if (!untabbed.equals(source)) {
                Position tab = Tabs.firstIndentationTab(source, firstLine);
                diagnostics.fault(settings.strict(), "front-matter-tab", "the front matter is indented with tabs,"
                        + " which YAML forbids; read with each tab as spaces to the next multiple of 8",
                        tab.line(), tab.column());
                try {
                    return parse(untabbed, firstLine, settings, diagnostics);
                } catch (MarkedYAMLException stillBroken) {
                    source = untabbed;
                    syntax = stillBroken;
                }
            }
            if (settings.strict()) {
                Position at = position(syntax, firstLine);
                diagnostics.error("front-matter-syntax", "the front matter is not valid YAML: "
                        + describe(syntax), at.line(), at.column());
                return FrontMatterContent.empty(firstLine);
            }
            return YamlRecovery.recover(source, firstLine, syntax, settings, diagnostics);
        }
    }

    /**
     * Parses one YAML document into content: a flat block by {@link FlatYaml}, which reads it the same way at a
     * fraction of the cost, anything else by snakeyaml.
     *
     * @throws MarkedYAMLException when the text is not valid YAML
     * @throws LimitExceeded       when it goes past a limit
     */
    static FrontMatterContent parse(String source, int firstLine, FrontMatterSettings settings,
            Diagnostics diagnostics) {
        FrontMatterContent flat = FlatYaml.read(source, firstLine, settings);
        return flat != null ? flat : parseWithSnakeyaml(source, firstLine, settings, diagnostics);
    }

    /**
     * Parses one YAML document with snakeyaml alone; {@link FlatYaml} must read every block it accepts exactly as
     * this does, which the tests check by running both.
     *
     * @throws MarkedYAMLException when the text is not valid YAML
     * @throws LimitExceeded       when it goes past a limit
     */
    static FrontMatterContent parseWithSnakeyaml(String source, int firstLine, FrontMatterSettings settings,
            Diagnostics diagnostics) {
        Node root = compose(source, settings);
        if (root == null) {
            return FrontMatterContent.empty(firstLine);
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.fault(settings.strict(), "front-matter-not-a-map", "the front matter is "
                    + describe(root) + ", not a mapping of keys to values; it is ignored",
                    firstLine + root.getStartMark().getLine(), root.getStartMark().getColumn() + 1);
            return FrontMatterContent.empty(firstLine);
        }
        YamlValues values = new YamlValues(new ValueBudget(settings));
        Map<String, Object> map = values.mapping(mapping, 1);
        for (YamlValues.Duplicate duplicate : values.duplicates()) {
            Mark again = duplicate.again().getStartMark();
            diagnostics.fault(settings.strict(), "front-matter-duplicate-key", "the key '" + duplicate.key()
                    + "' is written again (first on line " + (firstLine + duplicate.first().getStartMark().getLine())
                    + "); the later value is kept", firstLine + again.getLine(), again.getColumn() + 1);
        }
        for (Node alias : values.recursive()) {
            diagnostics.fault(settings.strict(), "front-matter-recursive-alias", "the collection anchored here"
                    + " contains an alias to itself; that alias is read as null", firstLine + alias.getStartMark().getLine(),
                    alias.getStartMark().getColumn() + 1);
        }
        for (Node tagged : values.ignoredTags()) {
            diagnostics.fault(settings.strict(), "front-matter-tag", "the tag " + tagged.getTag().getValue()
                    + " asks for a type that front matter never builds; the value is read as plain data",
                    firstLine + tagged.getStartMark().getLine(), tagged.getStartMark().getColumn() + 1);
        }
        return new FrontMatterContent(new FrontMatter(map), positions(mapping, firstLine), firstLine);
    }

    private static Node compose(String source, FrontMatterSettings settings) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(settings.maxAliases());
        options.setNestingDepthLimit(settings.maxDepth());
        options.setCodePointLimit(Math.max(settings.maxBytes(), 1) + 1);
        options.setAllowDuplicateKeys(true);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // any tag may be composed: YamlValues never builds an object from one, it only keeps the text
        options.setTagInspector(tag -> true);
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(source)), options),
                    CoreSchemaResolver.INSTANCE, options);
            return composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            throw e;
        } catch (YAMLException e) {
            // snakeyaml's own limits (aliases, nesting depth, size) are plain YAMLExceptions
            throw new LimitExceeded(e.getMessage());
        }
    }

    /** Where each top-level value starts, keyed like the map (the last of duplicate keys wins, as its value). */
    private static Map<String, Position> positions(MappingNode mapping, int firstLine) {
        Map<String, Position> positions = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                Mark keyMark = key.getStartMark();
                Mark valueMark = tuple.getValueNode().getStartMark();
                // the value's column when it sits on the key's line, else the key's
                int column = valueMark.getLine() == keyMark.getLine() ? valueMark.getColumn() : keyMark.getColumn();
                positions.put(key.getValue(), new Position(firstLine + keyMark.getLine(), column + 1));
            }
        }
        return positions;
    }

    /** The position of a syntax fault: where the construct began when the problem is only found at the end. */
    static Position position(MarkedYAMLException e, int firstLine) {
        Mark mark = e.getProblemMark();
        if (e.getContextMark() != null && (mark == null || isAtEnd(mark))) {
            mark = e.getContextMark();
        }
        if (mark == null) {
            return new Position(firstLine, 1);
        }
        return new Position(firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    private static boolean isAtEnd(Mark mark) {
        int[] buffer = mark.getBuffer();
        for (int i = mark.getPointer(); i < buffer.length; i++) {
            if (!Character.isWhitespace(buffer[i]) && buffer[i] != 0) {
                return false;
            }
        }
        return true;
    }

    static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        return e.getContext() == null ? problem : e.getContext() + ", " + problem;
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            return "the scalar '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a value";
    }
}
