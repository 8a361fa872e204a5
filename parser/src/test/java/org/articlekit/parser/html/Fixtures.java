package org.articlekit.parser.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articlekit.core.Diagnostic;
import org.articlekit.core.FrontMatter;
import org.articlekit.core.Metadata;
import org.articlekit.core.document.Document;
import org.articlekit.parser.internal.Diagnostics;
import org.articlekit.parser.internal.html.HtmlBodyReader;
import org.articlekit.parser.internal.html.HtmlSettings;

/** Test helpers: read a body with default or chosen settings. */
final class Fixtures {

    static final HtmlSettings DEFAULTS = new HtmlSettings(null, false, false, 128, 64 * 1024, 100_000);
    private static final Pattern SETTINGS = Pattern.compile("\\A<!--\\s*settings:(.*?)-->", Pattern.DOTALL);

    /** A read body and what it reported. */
    record Result(Document document, List<Diagnostic> diagnostics) {
    }

    private Fixtures() {
    }

    static Result read(String html) {
        return read(html, DEFAULTS, Metadata.EMPTY);
    }

    static Result read(String html, HtmlSettings settings, Metadata metadata) {
        Diagnostics diagnostics = new Diagnostics();
        Document document = HtmlBodyReader.read(html, 1, metadata, settings, diagnostics);
        return new Result(document, diagnostics.list());
    }

    /**
     * Reads a fixture; a leading {@code <!-- settings: key=value … -->} comment chooses settings (baseUrl,
     * unwrapProxyUrls, keepHtml, maxDepth, maxUrlLength, maxTableCells) and front-matter entries (fm.KEY=VALUE).
     */
    static Result readFixture(String html) {
        HtmlSettings settings = DEFAULTS;
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        Matcher m = SETTINGS.matcher(html);
        if (m.find()) {
            String baseUrl = null;
            boolean unwrap = false;
            boolean keepHtml = false;
            int maxDepth = DEFAULTS.maxDepth();
            int maxUrlLength = DEFAULTS.maxUrlLength();
            int maxTableCells = DEFAULTS.maxTableCells();
            for (String entry : m.group(1).strip().split("\\s+")) {
                String[] kv = entry.split("=", 2);
                String value = kv.length > 1 ? kv[1] : "true";
                switch (kv[0]) {
                    case "baseUrl" -> baseUrl = value;
                    case "unwrapProxyUrls" -> unwrap = Boolean.parseBoolean(value);
                    case "keepHtml" -> keepHtml = Boolean.parseBoolean(value);
                    case "maxDepth" -> maxDepth = Integer.parseInt(value);
                    case "maxUrlLength" -> maxUrlLength = Integer.parseInt(value);
                    case "maxTableCells" -> maxTableCells = Integer.parseInt(value);
                    default -> {
                        if (kv[0].startsWith("fm.")) {
                            frontMatter.put(kv[0].substring(3), value);
                        } else {
                            throw new IllegalArgumentException("unknown fixture setting " + kv[0]);
                        }
                    }
                }
            }
            settings = new HtmlSettings(baseUrl, unwrap, keepHtml, maxDepth, maxUrlLength, maxTableCells);
        }
        Metadata metadata = Metadata.builder().frontMatter(new FrontMatter(frontMatter)).build();
        return read(html, settings, metadata);
    }
}
