package org.articlekit.exporter;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.articlekit.core.ExportException;

/**
 * The exporter providers a caller chose, by name and alias. Nothing is discovered unless asked:
 * {@link #load(ClassLoader)} is the one place that scans for {@code META-INF/services} entries.
 *
 * <pre>{@code
 * ExporterRegistry registry = ExporterRegistry.load(Thread.currentThread().getContextClassLoader());
 * Exporter markdown = registry.require("md").create(ExportOptions.DEFAULTS);
 * }</pre>
 */
public final class ExporterRegistry {

    private static final Pattern VALID_NAME = Pattern.compile("[\\p{Alnum}][\\p{Alnum}._-]*");

    private final List<ExporterProvider> providers;
    private final Map<String, ExporterProvider> byName;

    private ExporterRegistry(List<ExporterProvider> providers) {
        Map<String, ExporterProvider> names = new LinkedHashMap<>();
        for (ExporterProvider provider : providers) {
            checkNames(provider);
            List<String> keys = new ArrayList<>();
            keys.add(provider.name());
            keys.addAll(provider.aliases());
            for (String key : keys) {
                ExporterProvider previous = names.putIfAbsent(normalise(key), provider);
                if (previous != null && previous != provider) {
                    throw new ExportException("two exporters are named '" + key + "': " + origin(previous)
                            + " and " + origin(provider));
                }
            }
        }
        this.providers = List.copyOf(providers);
        this.byName = Collections.unmodifiableMap(names);
    }

    /**
     * The providers listed in {@code META-INF/services/org.articlekit.exporter.ExporterProvider} of every jar
     * {@code loader} sees, built-in ones included.
     *
     * @throws ExportException when two providers share a name (naming both jars) or one cannot be loaded
     */
    public static ExporterRegistry load(ClassLoader loader) {
        List<ExporterProvider> found = new ArrayList<>();
        try {
            ServiceLoader.load(ExporterProvider.class, loader).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            // a listed class that is missing, not a provider, or fails in its constructor
            throw new ExportException("an exporter plug-in cannot be loaded: " + e.getMessage(), e);
        }
        return new ExporterRegistry(found);
    }

    /** A registry of exactly these providers, in this order. */
    public static ExporterRegistry of(List<ExporterProvider> providers) {
        return new ExporterRegistry(providers);
    }

    /** Every provider, in the order found. */
    public List<ExporterProvider> providers() {
        return providers;
    }

    /** The provider with this name or alias, ignoring case. */
    public Optional<ExporterProvider> find(String name) {
        return Optional.ofNullable(byName.get(normalise(name)));
    }

    /**
     * The provider with this name or alias.
     *
     * @throws ExportException naming the formats there are, when none has that name
     */
    public ExporterProvider require(String name) {
        return find(name).orElseThrow(() -> new ExportException("no exporter is named '" + name
                + "'; known formats: " + String.join(", ", providers.stream().map(ExporterProvider::name).toList())));
    }

    /** Names are what users type after {@code --to}: one word, no spaces, not blank. */
    private static void checkNames(ExporterProvider provider) {
        List<String> names = new ArrayList<>();
        names.add(provider.name());
        names.addAll(provider.aliases());
        for (String name : names) {
            if (name == null || !VALID_NAME.matcher(name).matches()) {
                throw new ExportException("the exporter " + origin(provider) + " has an invalid name '" + name
                        + "': use letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
        }
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The provider's class and the jar (or folder) it came from, as error messages and {@code formats} show it:
     * {@code com.example.CsvExporterProvider (/opt/articlekit/plugins/csv.jar)}.
     */
    public static String origin(ExporterProvider provider) {
        CodeSource source = provider.getClass().getProtectionDomain().getCodeSource();
        return provider.getClass().getName() + " (" + location(source) + ")";
    }

    /** A jar or folder as a file path where it is one, else its URL; "the JDK" for classes without a source. */
    private static String location(CodeSource source) {
        if (source == null || source.getLocation() == null) {
            return "the JDK";
        }
        URL url = source.getLocation();
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI()).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                return url.toString(); // a malformed file URL: show it as it is
            }
        }
        return url.toString();
    }
}
