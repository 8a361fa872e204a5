package org.articlekit.robustness;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input of {@link HostileInputs}, read and written in every built-in format: no exception but
 * the documented refusals, no hang, no stack or heap exhaustion, nothing unsafe in the tree or the output, and
 * the text of deep, long and wide inputs still there.
 */
class AdversarialInputTest {

    static Stream<Arguments> hostileInputs() {
        return pairs(HostileInputs.all());
    }

    static Stream<Arguments> markupLookalikes() {
        return pairs(HostileInputs.markupLookalikes());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("hostileInputs")
    void hostileInputIsConvertedSafely(HostileInput input, String format) {
        Conversion.assertHandled(input, format);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("markupLookalikes")
    void textThatLooksLikeMarkupIsWrittenInertly(HostileInput input, String format) {
        Conversion.assertHandled(input, format);
    }

    private static Stream<Arguments> pairs(List<HostileInput> inputs) {
        return inputs.stream().flatMap(input -> Conversion.FORMATS.stream().map(format -> Arguments.of(input, format)));
    }
}
