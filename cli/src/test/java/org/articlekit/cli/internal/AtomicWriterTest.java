package org.articlekit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesWholeAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a b [1].md");
        new AtomicWriter(LocalFileStore.INSTANCE).write(target, "first".getBytes(StandardCharsets.UTF_8));
        new AtomicWriter(LocalFileStore.INSTANCE).write(target, "second".getBytes(StandardCharsets.UTF_8));
        assertEquals("second", Files.readString(target));
        assertEquals(List.of("a b [1].md"), names());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNeitherTargetNorTemporaryFile() throws IOException {
        FileStore failing = new DelegatingStore(LocalFileStore.INSTANCE) {
            @Override
            public OutputStream create(Path file) throws IOException {
                return new FilterOutputStream(super.create(file)) {
                    private int written;

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len / 2);
                        written += len / 2;
                        throw new IOException("No space left on device");
                    }
                };
            }
        };
        Path target = dir.resolve("out.md");
        assertThrows(IOException.class, () -> new AtomicWriter(failing).write(target, new byte[1000]));
        assertEquals(List.of(), names());
    }

    @Test
    void anExistingOutputSurvivesAFailedRewrite() throws IOException {
        Path target = dir.resolve("out.md");
        Files.writeString(target, "old, whole");
        FileStore noMove = new DelegatingStore(LocalFileStore.INSTANCE) {
            @Override
            public void move(Path from, Path to) throws IOException {
                throw new java.nio.file.AccessDeniedException(to.toString());
            }
        };
        assertThrows(IOException.class, () -> new AtomicWriter(noMove).write(target, new byte[10]));
        assertEquals("old, whole", Files.readString(target));
        assertEquals(List.of("out.md"), names());
    }

    @Test
    void temporaryNamesAreHiddenRecognisableAndShortEnough() {
        String longName = "長".repeat(85) + ".md"; // 258 bytes: longer than any file system allows with a suffix
        String temp = AtomicWriter.tempName(longName);
        assertTrue(temp.startsWith("."), temp);
        assertTrue(AtomicWriter.isTemp(temp), temp);
        assertTrue(temp.getBytes(StandardCharsets.UTF_8).length <= 255, temp);
        assertFalse(AtomicWriter.isTemp("notes.articlekit-tmp-abc.md"));
        assertFalse(AtomicWriter.isTemp("post.md"));
    }

    @Test
    void staleTemporaryFilesOfAKilledRunAreRemoved() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.write(sub.resolve(AtomicWriter.tempName("x.md")), new byte[5]);
        Files.write(dir.resolve(AtomicWriter.tempName("y.md")), new byte[5]);
        Files.writeString(sub.resolve("keep.md"), "keep");
        assertEquals(2, new AtomicWriter(LocalFileStore.INSTANCE).removeStale(dir));
        assertEquals(List.of("a"), names());
        try (Stream<Path> left = Files.list(sub)) {
            assertEquals(List.of("keep.md"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void pendingCommitMovesIntoPlace() throws IOException {
        Path target = dir.resolve("all.jsonl");
        try (AtomicWriter.Pending pending = new AtomicWriter(LocalFileStore.INSTANCE).open(target)) {
            pending.stream().write("{}\n".getBytes(StandardCharsets.UTF_8));
            assertFalse(Files.exists(target));
            pending.commit();
        }
        assertArrayEquals("{}\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
    }

    @Test
    void anInterruptedRunDiscardsTheFileBeingWritten() throws IOException {
        AtomicWriter writer = new AtomicWriter(LocalFileStore.INSTANCE);
        AtomicWriter.Pending pending = writer.open(dir.resolve("big.md"));
        pending.stream().write(new byte[100]);
        assertEquals(1, names().size());
        writer.discardInFlight();
        assertEquals(List.of(), names());
        pending.close();
        assertEquals(List.of(), names());
    }
}
