package org.articlekit.cli.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.articlekit.core.Diagnostic;

/**
 * {@code --report FILE}: the summary of a run as JSON — counts, every failure with file, code, message and
 * position, every file with warnings and its diagnostics, and the notes. Written atomically.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(Summary s, String command) {
        ObjectNode root = JSON.createObjectNode();
        root.put("command", command);
        root.put("converted", s.converted());
        root.put("skipped", s.skipped());
        root.put("withWarnings", s.withWarnings());
        root.put("failed", s.failed());
        root.put("elapsedMillis", s.elapsedMillis());
        ArrayNode failures = root.putArray("failures");
        for (Failure f : s.failures()) {
            ObjectNode node = failures.addObject();
            node.put("file", f.file());
            node.put("code", f.code());
            node.put("message", f.message());
            if (f.line() > 0) {
                node.put("line", f.line());
                node.put("column", f.column());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Summary.Warned w : s.warnings()) {
            ObjectNode node = warnings.addObject();
            node.put("file", w.file());
            ArrayNode diagnostics = node.putArray("diagnostics");
            for (Diagnostic d : w.diagnostics()) {
                ObjectNode dn = diagnostics.addObject();
                dn.put("severity", d.severity().id());
                dn.put("code", d.code());
                dn.put("message", d.message());
                if (d.line() > 0) {
                    dn.put("line", d.line());
                    dn.put("column", d.column());
                }
            }
        }
        ArrayNode notes = root.putArray("notes");
        s.notes().forEach(notes::add);
        return root;
    }

    /** Writes the report to {@code file}, whole or not at all. */
    public static void write(Summary s, String command, Path file, FileStore store) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JSON.writeValue(bytes, toJson(s, command));
        bytes.write('\n');
        Path absolute = file.toAbsolutePath();
        store.createDirectories(absolute.getParent());
        new AtomicWriter(store).write(absolute, bytes.toByteArray());
    }
}
