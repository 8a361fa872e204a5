import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Our driver for flexmark-html2md-converter: converts every HTML file of a folder (or one file) to Markdown, the
 * way {@code articlekit convert DIR --to markdown -o OUT} does, so whole runs can be timed side by side.
 * Compiled by setup-peers.sh against the peer's jars, which stay outside the repository.
 */
public final class FlexmarkDriver {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FlexmarkDriver INPUT(file or folder) OUT_DIR");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> files;
        if (Files.isDirectory(input)) {
            try (Stream<Path> list = Files.list(input)) {
                files = list.filter(p -> p.getFileName().toString().matches(".*\\.html?")).sorted()
                        .collect(Collectors.toList());
            }
        } else {
            files = List.of(input);
        }
        Files.createDirectories(out);
        FlexmarkHtmlConverter converter = FlexmarkHtmlConverter.builder().build();
        int failures = 0;
        for (Path file : files) {
            try {
                String markdown = converter.convert(Files.readString(file, StandardCharsets.UTF_8));
                String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".md";
                Files.writeString(out.resolve(name), markdown, StandardCharsets.UTF_8);
            } catch (RuntimeException | IOException e) {
                failures++;
                System.err.println(file + ": " + e);
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
