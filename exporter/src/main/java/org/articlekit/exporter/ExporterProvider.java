package org.articlekit.exporter;

import java.util.List;

/**
 * Makes {@link Exporter}s of one format. Listed in {@code META-INF/services/org.articlekit.exporter.ExporterProvider}
 * so that {@link ExporterRegistry#load(ClassLoader)} finds it; a jar holding one adds a format to the command
 * line without a rebuild.
 *
 * <pre>{@code
 * public final class CsvExporterProvider implements ExporterProvider {
 *     public String name() { return "csv"; }
 *     public String description() { return "one CSV row of metadata per article"; }
 *     public Exporter create(ExportOptions options) { return new CsvExporter(options.flag("header", true)); }
 * }
 * }</pre>
 */
public interface ExporterProvider {

    /** The format's name, unique among the providers of a registry. */
    String name();

    /** Other names the format answers to ({@code md} for {@code markdown}). */
    default List<String> aliases() {
        return List.of();
    }

    /** One line for {@code articlekit formats}. */
    String description();

    /** The options this format reads, each as {@code key: meaning}, for {@code articlekit formats}. */
    default List<String> optionHelp() {
        return List.of();
    }

    /**
     * An exporter configured by {@code options}.
     *
     * @throws org.articlekit.core.ExportException when an option has a value the format does not accept
     */
    Exporter create(ExportOptions options);
}
