package org.articlekit.bench;

import java.nio.charset.StandardCharsets;

/**
 * One article as the benchmarks see it: its bytes as read from disk, and its HTML body (front matter
 * removed) for jsoup's floor.
 *
 * @param path  the path handed to the parser
 * @param bytes the whole file
 * @param body  the body after the front matter, the part jsoup parses
 */
record Input(String path, byte[] bytes, String body) {

    static Input of(String path, byte[] bytes) {
        return new Input(path, bytes, FrontMatterStripper.body(new String(bytes, StandardCharsets.UTF_8)));
    }
}
