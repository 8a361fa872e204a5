package org.articlekit.robustness;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
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
        return pairs(HostileInputs.all(), false);
    }

    static Stream<Arguments> hostileInputsAwaitingRewrite() {
        return pairs(HostileInputs.all(), true);
    }

    static Stream<Arguments> markupLookalikes() {
        return pairs(HostileInputs.markupLookalikes(), false);
    }

    static Stream<Arguments> markupLookalikesAwaitingRewrite() {
        return pairs(HostileInputs.markupLookalikes(), true);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("hostileInputs")
    void hostileInputIsConvertedSafely(HostileInput input, String format) {
        Conversion.assertHandled(input, format);
    }

    @Tag("awaiting-rewrite")
    @ParameterizedTest(name = "{0} → {1}", allowZeroInvocations = true)
    @MethodSource("hostileInputsAwaitingRewrite")
    void hostileInputIsConvertedSafelyAfterRewrite(HostileInput input, String format) {
        Conversion.assertHandled(input, format);
    }

    @ParameterizedTest(name = "{0} → {1}", allowZeroInvocations = true)
    @MethodSource("markupLookalikes")
    void textThatLooksLikeMarkupIsWrittenInertly(HostileInput input, String format) {
        Conversion.assertHandled(input, format);
    }

    @Tag("awaiting-rewrite")
    @ParameterizedTest(name = "{0} → {1}", allowZeroInvocations = true)
    @MethodSource("markupLookalikesAwaitingRewrite")
    void textThatLooksLikeMarkupIsWrittenInertlyAfterRewrite(HostileInput input, String format) {
        Conversion.assertHandled(input, format);
    }

    private static Stream<Arguments> pairs(List<HostileInput> inputs, boolean awaitingRewrite) {
        return inputs.stream()
                .flatMap(input -> Conversion.FORMATS.stream().map(format -> Arguments.of(input, format)))
                .filter(pair -> AwaitingRewrite.contains((HostileInput) pair.get()[0], (String) pair.get()[1])
                        == awaitingRewrite);
    }
}
