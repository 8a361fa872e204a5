/**
 * The articlekit model: an {@link org.articlekit.core.Article} is its {@link org.articlekit.core.Metadata},
 * its body as a {@link org.articlekit.core.document.Document} tree, facts about its source and the
 * {@link org.articlekit.core.Diagnostic}s found while reading it.
 *
 * <p>Everything here is immutable and depends on the JDK only, so any module (or a user's own code)
 * can build, read and pass articles around without the parser or the exporters.
 */
package org.articlekit.core;
