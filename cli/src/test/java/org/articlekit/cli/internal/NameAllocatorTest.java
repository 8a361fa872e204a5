package org.articlekit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameAllocatorTest {

    @Test
    void collisionsGetNumberedSuffixesInOrder() {
        NameAllocator names = new NameAllocator();
        assertEquals("a/post.md", names.claim("a/post.md"));
        assertEquals("a/post-2.md", names.claim("a/post.md"));
        assertEquals("a/post-3.md", names.claim("a/post.md"));
        assertEquals("b/post.md", names.claim("b/post.md"));
    }

    @Test
    void namesDifferingOnlyInCaseOrNormalisationCollide() {
        NameAllocator names = new NameAllocator();
        assertEquals("Post.md", names.claim("Post.md"));
        assertEquals("post-2.md", names.claim("post.md"));
        assertEquals("caf\u00e9.md", names.claim("caf\u00e9.md"));
        assertEquals("cafe\u0301-2.md", names.claim("cafe\u0301.md"));
    }

    @Test
    void aSuffixThatIsTakenIsSkipped() {
        NameAllocator names = new NameAllocator();
        names.claim("x-2.md");
        names.claim("x.md");
        assertEquals("x-3.md", names.claim("x.md"));
    }
}
