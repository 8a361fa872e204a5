package org.articlekit.parser.internal.frontmatter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed YAML node graph into plain front-matter values. This replaces snakeyaml's constructor, so no
 * tag can ever build an object: a scalar is text, a boolean, a number or null by its (core schema) tag, and any
 * other tag — {@code !!timestamp}, {@code !!binary}, {@code !!python/object} — leaves the text as written. Aliases
 * are expanded against a value budget, a recursive alias becomes null, and duplicate keys are reported.
 */
final class YamlValues {

    /** A key written twice in one mapping. */
    record Duplicate(String key, Node first, Node again) {
    }

    private final ValueBudget budget;
    private final Map<Node, Boolean> open = new IdentityHashMap<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<Node> recursive = new ArrayList<>();
    private final List<Node> ignoredTags = new ArrayList<>();

    // the tags of plain data; any other tag (a class name, python/object, !!set …) is noted and not obeyed
    private static final java.util.Set<Tag> DATA_TAGS = java.util.Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP, Tag.BINARY);

    YamlValues(ValueBudget budget) {
        this.budget = budget;
    }

    List<Duplicate> duplicates() {
        return duplicates;
    }

    /** The alias nodes that referred to a collection containing them; each became null. */
    List<Node> recursive() {
        return recursive;
    }

    /** The nodes whose explicit tag asked for a type beyond plain data (an object, a set …); each was read as data. */
    List<Node> ignoredTags() {
        return ignoredTags;
    }

    Object value(Node node, int depth) {
        budget.spend();
        budget.checkDepth(depth);
        if (!isDataTag(node.getTag())) {
            ignoredTags.add(node);
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (open.containsKey(node)) {
            recursive.add(node);
            return null;
        }
        open.put(node, Boolean.TRUE);
        try {
            if (node instanceof SequenceNode sequence) {
                List<Object> list = new ArrayList<>(sequence.getValue().size());
                for (Node item : sequence.getValue()) {
                    list.add(value(item, depth + 1));
                }
                return list;
            }
            return mapping((MappingNode) node, depth);
        } finally {
            open.remove(node);
        }
    }

    /** A mapping's entries in order; {@code <<} merge keys fill in what the mapping does not say itself. */
    Map<String, Object> mapping(MappingNode node, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        Map<String, Node> keyNodes = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                merges.add(tuple.getValueNode());
                continue;
            }
            String key = key(keyNode, depth);
            Node previous = keyNodes.put(key, keyNode);
            if (previous != null) {
                duplicates.add(new Duplicate(key, previous, keyNode));
            }
            map.put(key, value(tuple.getValueNode(), depth + 1));
        }
        for (Node merge : merges) {
            List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
            for (Node source : sources) {
                if (source instanceof MappingNode mappingSource && !open.containsKey(source)) {
                    open.put(source, Boolean.TRUE);
                    try {
                        mapping(mappingSource, depth + 1).forEach(map::putIfAbsent);
                    } finally {
                        open.remove(source);
                    }
                }
            }
        }
        return map;
    }

    private String key(Node keyNode, int depth) {
        if (keyNode instanceof ScalarNode scalar) {
            budget.spend();
            return scalar.getValue();
        }
        return String.valueOf(value(keyNode, depth + 1));
    }

    /** Whether values with this tag are plain data, read without a note; any other tag is reported. */
    static boolean isDataTag(Tag tag) {
        return DATA_TAGS.contains(tag);
    }

    /** The value of a scalar by its tag; anything unusual stays the text as written. */
    static Object scalar(ScalarNode scalar) {
        return scalar(scalar.getValue(), scalar.getTag());
    }

    /** The value of a scalar's text by its tag (also for {@link FlatYaml}, which has no node). */
    static Object scalar(String text, Tag tag) {
        if (tag.equals(Tag.NULL) && CoreSchemaResolver.NULL_VALUE.matcher(text).matches()) {
            return null;
        }
        if (tag.equals(Tag.BOOL) && CoreSchemaResolver.BOOLEAN.matcher(text).matches()) {
            return Boolean.valueOf(text.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.INT) && CoreSchemaResolver.INTEGER.matcher(text).matches()) {
            return integer(text);
        }
        if (tag.equals(Tag.FLOAT) && CoreSchemaResolver.DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        }
        return text;
    }

    static Object integer(String text) {
        BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}
