package org.articlekit.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** A {@link FileStore} that passes everything on; tests override one method to inject a failure. */
public class DelegatingStore implements FileStore {

    private final FileStore delegate;

    public DelegatingStore(FileStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public byte[] read(Path file) throws IOException {
        return delegate.read(file);
    }

    @Override
    public OutputStream create(Path file) throws IOException {
        return delegate.create(file);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        delegate.move(from, to);
    }

    @Override
    public void createDirectories(Path dir) throws IOException {
        delegate.createDirectories(dir);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        delegate.deleteIfExists(file);
    }
}
