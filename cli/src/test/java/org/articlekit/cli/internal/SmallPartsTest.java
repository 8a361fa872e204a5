package org.articlekit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void utf8BytesSplitAnywhereReachTheWriterWhole() throws IOException {
        String text = "中文 テスト 😀 plain ".repeat(2000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringWriter sink = new StringWriter();
        try (Utf8WriterStream stream = new Utf8WriterStream(sink)) {
            int i = 0;
            int step = 1;
            while (i < bytes.length) {
                int n = Math.min(step, bytes.length - i);
                stream.write(bytes, i, n);
                i += n;
                step = step % 13 + 1;
            }
        }
        assertEquals(text, sink.toString());
    }

    @Test
    void progressLineShowsDoneTotalRateAndTimeLeft() {
        String line = Progress.line(250, 1000, 5_000_000_000L);
        assertEquals("[======>                 ] 250/1000  50 files/s  0:15 left", line);
        StringWriter err = new StringWriter();
        long[] now = {0};
        Progress progress = new Progress(new PrintWriter(err), () -> now[0]);
        progress.started(2);
        now[0] = 1_000_000_000L;
        progress.finished(null);
        now[0] = 2_000_000_000L;
        progress.finished(null);
        progress.ended();
        assertTrue(err.toString().contains("\r[" + "=".repeat(24) + "] 2/2"), err.toString());
        assertTrue(err.toString().endsWith("\r"), "the bar is cleared at the end");
    }
}
