package org.articlekit.parser.internal.html;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.articlekit.parser.RepositoryFiles;
import org.articlekit.parser.SharedCorpus;
import org.articlekit.parser.internal.html.FastFragmentCheck.Tally;
import org.junit.jupiter.api.Test;

/**
 * The fast fragment path against jsoup: on real bodies, on generated fragments and on real bodies with random
 * edits, every fragment the fast path accepts must give jsoup's tree node for node (the rest go to jsoup anyway).
 * The generators are seeded, so a failure is reproducible.
 */
class FastFragmentDifferentialTest {

    @Test
    void realBodiesOfTheRepositoryAreBuiltAsJsoupBuildsThem() throws IOException {
        Tally tally = FastFragmentCheck.compareFiles(RepositoryFiles.list());
        System.out.printf("fast fragment path, seeds and test resources: %d of %d bodies accepted%n",
                tally.accepted(), tally.bodies());
        assertTrue(tally.bodies() >= 80, "too few bodies found: " + tally.bodies());
        // the fixtures are largely about broken HTML; the plain ones should still go the fast way
        assertTrue(tally.accepted() * 100 >= tally.bodies() * 40, tally.accepted() + " of " + tally.bodies());
    }

    @Test
    void realBodiesOfTheSharedCorpusAreBuiltAsJsoupBuildsThem() throws IOException {
        Path root = SharedCorpus.find();
        assumeTrue(root != null, "no shared corpus beside the project");
        Tally tally = FastFragmentCheck.compareFiles(RepositoryFiles.regularFiles(root));
        System.out.printf("fast fragment path, shared corpus: %d of %d bodies accepted%n", tally.accepted(),
                tally.bodies());
        assumeTrue(tally.bodies() > 0, "no fragment bodies in the shared corpus");
        // measured: all 169; far fewer would mean the fast path stopped paying
        assertTrue(tally.accepted() * 100 >= tally.bodies() * 90, tally.accepted() + " of " + tally.bodies());
    }

    @Test
    void generatedFragmentsAreBuiltAsJsoupBuildsThemOrLeftToIt() {
        Random random = new Random(20260602L);
        int accepted = 0;
        int count = 6000;
        for (int n = 0; n < count; n++) {
            String html = FragmentGrammar.fragment(random);
            if (FastFragmentCheck.agrees("generated fragment " + n, html)) {
                accepted++;
            }
        }
        System.out.printf("fast fragment path, generated: %d of %d fragments accepted%n", accepted, count);
        // both sides must be well exercised: many accepted, many left to jsoup
        assertTrue(accepted > count / 5 && accepted < count * 9 / 10, accepted + " of " + count);
    }

    @Test
    void editedRealBodiesAreBuiltAsJsoupBuildsThemOrLeftToIt() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (Path file : RepositoryFiles.list()) {
            String body = FastFragmentCheck.body(file);
            if (body != null && !body.isBlank() && FastFragment.parse(body) != null) {
                bodies.add(body);
            }
        }
        Path corpus = SharedCorpus.find();
        for (Path file : RepositoryFiles.regularFiles(corpus)) {
            String body = FastFragmentCheck.body(file);
            if (body != null && !body.isBlank() && body.length() < 60_000 && FastFragment.parse(body) != null) {
                bodies.add(body);
            }
        }
        assertTrue(bodies.size() >= 20, "too few accepted bodies to edit: " + bodies.size());
        Random random = new Random(20260603L);
        int accepted = 0;
        int count = 4000;
        for (int n = 0; n < count; n++) {
            String body = bodies.get(random.nextInt(bodies.size()));
            String edited = FragmentGrammar.edit(random, body, 1 + random.nextInt(4));
            if (FastFragmentCheck.agrees("edit " + n, edited)) {
                accepted++;
            }
        }
        System.out.printf("fast fragment path, edited bodies: %d of %d accepted%n", accepted, count);
        assertTrue(accepted > count / 10, accepted + " of " + count);
    }
}
