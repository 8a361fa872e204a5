package org.articlekit.cli;

import static org.articlekit.cli.Articles.article;
import static org.articlekit.cli.Articles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.articlekit.cli.internal.DelegatingStore;
import org.articlekit.cli.internal.LocalFileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 4: a tree converted with failures injected through the file-store seam (tests run as root, where
 * permissions stop nothing) and an exporter that throws. Every good file's output is whole, no partial file exists,
 * inputs are unchanged.
 */
class FailureInjectionTest {

    @TempDir
    Path work;

    /** Unreadable inputs; a folder that stops being writable after a few files; a disk that fills mid-write. */
    private static final class HostileStore extends DelegatingStore {
        private final AtomicInteger lateCreates = new AtomicInteger();

        HostileStore() {
            super(LocalFileStore.INSTANCE);
        }

        @Override
        public byte[] read(Path file) throws IOException {
            if (file.getFileName().toString().startsWith("unreadable")) {
                throw new AccessDeniedException(file.toString());
            }
            return super.read(file);
        }

        @Override
        public OutputStream create(Path file) throws IOException {
            String folder = file.getParent().getFileName().toString();
            if (folder.equals("late") && lateCreates.incrementAndGet() > 5) {
                throw new AccessDeniedException(file.toString());
            }
            OutputStream real = super.create(file);
            if (!file.getFileName().toString().startsWith(".p07.md")) {
                return real;
            }
            return new FilterOutputStream(real) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len / 2);
                    throw new IOException("No space left on device");
                }
            };
        }
    }

    private Path tree() throws IOException {
        Path in = work.resolve("in");
        for (int i = 0; i < 15; i++) {
            write(in, String.format("ok/p%02d.md", i), article("Ok " + i, "body ".repeat(50 + i)));
            write(in, String.format("late/p%02d.md", i), article("Late " + i, "late body " + i));
        }
        write(in, "unreadable.md", article("Never read", "x"));
        write(in, "boom.md", article("BOOM goes the exporter", "x"));
        return in;
    }

    @Test
    void goodOutputsAreWholeAndNothingPartialRemains() throws IOException {
        Path in = tree();
        Map<String, String> inputsBefore = Articles.hashes(in);
        Path reference = work.resolve("reference");
        Cli.Run clean = Cli.in(work).exporters(TestExporters.registry())
                .run("convert", in.toString(), "--to", "boom", "-o", reference.toString(), "-j", "1");
        assertEquals(1, clean.status(), clean.toString()); // boom.md fails even without injected faults
        Map<String, String> expected = Articles.hashes(reference);

        Path out = work.resolve("out");
        Cli.Run run = Cli.in(work).store(new HostileStore()).exporters(TestExporters.registry())
                .run("convert", in.toString(), "--to", "boom", "-o", out.toString(), "-j", "3");

        assertEquals(1, run.status(), run.toString());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(run.err().contains(in.resolve("unreadable.md") + ": error: cannot read: permission denied"),
                run.err());
        assertTrue(run.err().contains(in.resolve("boom.md") + ": error: the boom exporter failed: "
                + "IllegalStateException: exporter bug on purpose"), run.err());
        assertTrue(run.err().contains(in.resolve("ok/p07.md") + ": error: cannot write its output: "
                + "No space left on device"), run.err());
        for (int i = 5; i < 15; i++) {
            assertTrue(run.err().contains(in.resolve(String.format("late/p%02d.md", i))
                    + ": error: cannot write its output: permission denied"), run.err());
        }
        assertTrue(run.err().startsWith("converted 19, skipped 0 (up to date), with warnings 0, failed 13"),
                run.err());

        // every output present is exactly the clean run's; the failed ones are absent, not partial
        Map<String, String> actual = Articles.hashes(out);
        Map<String, String> wanted = new HashMap<>(expected);
        wanted.remove("ok/p07.md");
        wanted.remove("unreadable.md");
        for (int i = 5; i < 15; i++) {
            wanted.remove(String.format("late/p%02d.md", i));
        }
        assertEquals(wanted, actual, "no partial or temporary file, every good output whole");
        assertEquals(inputsBefore, Articles.hashes(in));
    }
}
