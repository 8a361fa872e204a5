package org.articlekit.bench;

import java.util.List;
import org.articlekit.parser.ArticleParser;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The input set a benchmark runs over (one operation = every article of the set once) and the parser. */
@State(Scope.Benchmark)
public class InputState {

    /** {@code seed}, {@code seeds}, {@code 2mb} or {@code 10mb}: see {@link Corpus}. */
    @Param({"seed", "seeds", "2mb", "10mb"})
    public String corpus;

    List<Input> inputs;
    ArticleParser parser;

    @Setup(Level.Trial)
    public void load() {
        inputs = Corpus.byKey(corpus).load();
        parser = ArticleParser.create();
    }
}
