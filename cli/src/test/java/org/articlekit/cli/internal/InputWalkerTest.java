package org.articlekit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path root;

    private void touch(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    private static List<String> relatives(InputWalker.Result result) {
        return result.files().stream().map(InputFile::relative).toList();
    }

    @Test
    void walksInStableOrderTakingOnlyArticleExtensionsAndSkippingHidden() throws IOException {
        for (String name : List.of("b.md", "a.HTML", "c.txt", "d.png", "sub/z.markdown", "sub/deeper/y.htm",
                ".git/config.md", ".hidden.md", "sub/.cache/x.md", "中文 目录/深/文章.md")) {
            touch(name);
        }
        InputWalker.Result result = new InputWalker(InputFilter.defaults(), null).walk(List.of(root.toString()));
        assertEquals(List.of("a.HTML", "b.md", "c.txt", "sub/z.markdown", "sub/deeper/y.htm", "中文 目录/深/文章.md"),
                relatives(result));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void symlinkLoopsAreWalkedOnceAndNoted() throws IOException {
        touch("a/post.md");
        Files.createSymbolicLink(root.resolve("a/loop"), root);
        Files.createSymbolicLink(root.resolve("again"), root.resolve("a"));
        InputWalker.Result result = new InputWalker(InputFilter.defaults(), null).walk(List.of(root.toString()));
        assertEquals(List.of("a/post.md"), relatives(result));
        assertEquals(2, result.notes().size(), result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("symbolic link loop")), result.notes().toString());
    }

    @Test
    void includeAndExcludeGlobs() throws IOException {
        for (String name : List.of("keep.md", "drafts/skip.md", "x/drafts/skip.md", "page.xhtml", "notes.txt")) {
            touch(name);
        }
        InputWalker.Result excluded = new InputWalker(InputFilter.of(List.of(), List.of("drafts", "*.txt")), null)
                .walk(List.of(root.toString()));
        assertEquals(List.of("keep.md"), relatives(excluded));
        InputWalker.Result included = new InputWalker(InputFilter.of(List.of("*.xhtml"), List.of()), null)
                .walk(List.of(root.toString()));
        assertEquals(List.of("page.xhtml"), relatives(included));
    }

    @Test
    void theOutputFolderInsideTheInputIsNotWalked() throws IOException {
        touch("in.md");
        touch("out/in.md");
        InputWalker.Result result = new InputWalker(InputFilter.defaults(), root.resolve("out"))
                .walk(List.of(root.toString()));
        assertEquals(List.of("in.md"), relatives(result));
    }

    @Test
    void missingInputsAreProblemsNotExceptions() {
        InputWalker.Result result = new InputWalker(InputFilter.defaults(), null)
                .walk(List.of(root.resolve("nope.md").toString(), "-"));
        assertEquals(1, result.problems().size());
        assertEquals("input-missing", result.problems().get(0).code());
        assertEquals(List.of("-"), relatives(result));
    }

    @Test
    void aFileNamedExplicitlyIsTakenWhateverItsExtension() throws IOException {
        touch("notes.rst");
        InputWalker.Result result = new InputWalker(InputFilter.defaults(), null)
                .walk(List.of(root.resolve("notes.rst").toString()));
        assertEquals(List.of("notes.rst"), relatives(result));
    }
}
