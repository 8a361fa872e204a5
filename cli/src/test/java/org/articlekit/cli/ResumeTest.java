package org.articlekit.cli;

import static org.articlekit.cli.Articles.article;
import static org.articlekit.cli.Articles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted or repeated run resumes: outputs newer than their inputs are skipped. */
class ResumeTest {

    @TempDir
    Path work;

    private Map<String, FileTime> times(Path out, List<String> files) throws IOException {
        Map<String, FileTime> times = new HashMap<>();
        for (String file : files) {
            times.put(file, Files.getLastModifiedTime(out.resolve(file)));
        }
        return times;
    }

    @Test
    void aSecondRunSkipsEverythingAndATouchedInputIsRedone() throws IOException {
        Path in = work.resolve("in");
        for (int i = 0; i < 12; i++) {
            write(in, "d" + (i % 2) + "/post " + i + ".md", article("Post " + i, "body " + i));
        }
        Path out = work.resolve("out");
        String[] args = {"convert", in.toString(), "--to", "md", "-o", out.toString(), "-j", "2"};
        Cli.Run first = Cli.in(work).run(args);
        assertTrue(first.err().startsWith("converted 12, skipped 0"), first.err());
        List<String> outputs = Articles.files(out);
        Map<String, FileTime> before = times(out, outputs);

        Cli.Run second = Cli.in(work).run(args);
        assertEquals(0, second.status());
        assertTrue(second.err().startsWith("converted 0, skipped 12 (up to date)"), second.err());
        assertEquals(before, times(out, outputs));

        Path touched = in.resolve("d1/post 5.md");
        Files.writeString(touched, article("Post 5, edited", "new body"));
        Files.setLastModifiedTime(touched, FileTime.from(Instant.now().plusSeconds(5)));
        Cli.Run third = Cli.in(work).run(args);
        assertTrue(third.err().startsWith("converted 1, skipped 11 (up to date)"), third.err());
        Map<String, FileTime> after = times(out, outputs);
        for (String file : outputs) {
            if (file.equals("d1/post 5.md")) {
                assertNotEquals(before.get(file), after.get(file));
                assertTrue(Files.readString(out.resolve(file)).contains("new body"));
            } else {
                assertEquals(before.get(file), after.get(file), file);
            }
        }

        Cli.Run forced = Cli.in(work).run("convert", in.toString(), "--to", "md", "-o", out.toString(), "--overwrite");
        assertTrue(forced.err().startsWith("converted 12, skipped 0"), forced.err());
    }

    @Test
    void temporaryFilesOfAKilledRunAreCleanedAndNoted() throws IOException {
        Path in = work.resolve("in");
        write(in, "a.md", article("A", "a"));
        Path out = work.resolve("out");
        write(out, "sub/.b.md.articlekit-tmp-1x2y3z", "half a file");
        Cli.Run run = Cli.in(work).run("convert", in.toString(), "--to", "md", "-o", out.toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(List.of("a.md"), Articles.files(out));
        assertTrue(run.err().contains("removed 1 temporary file left by an interrupted run"), run.err());
    }
}
