/**
 * The exporter SPI: an {@link org.articlekit.exporter.Exporter} writes one article in one format; an
 * {@link org.articlekit.exporter.ExporterProvider} makes exporters from {@link org.articlekit.exporter.ExportOptions}
 * and is found through {@link java.util.ServiceLoader}; {@link org.articlekit.exporter.ExporterRegistry} holds
 * the providers a caller asked for. The built-in JSON, JSON Lines, Markdown and plain-text exporters register
 * the same way as any plug-in.
 */
package org.articlekit.exporter;
