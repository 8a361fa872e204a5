package org.articlekit.cli.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articlekit.core.ExportException;
import org.articlekit.exporter.ExporterRegistry;

/**
 * The exporters of a run: those on the class path (the built-in ones among them) plus those in the jars of the
 * plug-in folder, loaded through their own class loader. Close it when the run ends.
 */
public final class Plugins implements AutoCloseable {

    private final ExporterRegistry registry;
    private final List<Path> jars;
    private final URLClassLoader loader;

    private Plugins(ExporterRegistry registry, List<Path> jars, URLClassLoader loader) {
        this.registry = registry;
        this.jars = jars;
        this.loader = loader;
    }

    /**
     * The exporters seen by {@code parent} and in {@code *.jar} of {@code folder} (which may be missing).
     *
     * @throws UsageException when the folder cannot be listed, or a plug-in cannot be loaded or clashes by name
     */
    public static Plugins load(Path folder, ClassLoader parent) {
        List<Path> jars = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.jar")) {
                entries.forEach(jars::add);
            } catch (IOException e) {
                throw new UsageException(folder + ": cannot list the plug-in folder: " + Reasons.io(e), e);
            }
            jars.sort(null);
        }
        URLClassLoader loader = jars.isEmpty() ? null : new URLClassLoader("articlekit-plugins", urls(jars), parent);
        try {
            return new Plugins(ExporterRegistry.load(loader == null ? parent : loader), List.copyOf(jars), loader);
        } catch (ExportException | LinkageError e) {
            closeQuietly(loader);
            throw new UsageException("cannot load the exporters" + (jars.isEmpty() ? "" : " (plug-ins in "
                    + folder + ")") + ": " + Failure.oneLine(e.getMessage()), e);
        }
    }

    /** A fixed registry, nothing loaded (for tests and embedding). */
    public static Plugins of(ExporterRegistry registry) {
        return new Plugins(registry, List.of(), null);
    }

    /** The exporters found. */
    public ExporterRegistry registry() {
        return registry;
    }

    /** The plug-in jars loaded. */
    public List<Path> jars() {
        return jars;
    }

    private static URL[] urls(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UsageException(jars.get(i) + ": not a usable plug-in path", e);
            }
        }
        return urls;
    }

    private static void closeQuietly(URLClassLoader loader) {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // nothing more to do: the run is failing already
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(loader);
    }
}
