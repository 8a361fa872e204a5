package org.articlekit.exporter.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The one configured Jackson factory of the JSON package, which reads JSON back ({@link JsonOutput} writes it). */
final class JsonText {

    /**
     * Immutable and thread-safe. Jackson's nesting limits are lifted because our code walks trees with explicit
     * stacks; string and name lengths are lifted so that whatever the writer writes, the reader reads back.
     */
    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private JsonText() {
    }
}
