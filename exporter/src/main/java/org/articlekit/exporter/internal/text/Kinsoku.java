package org.articlekit.exporter.internal.text;

import java.util.BitSet;

/**
 * Kinsoku shori (禁則処理), after JIS X 4051: the characters no line may start with (closing brackets and quotes,
 * full stops and commas, the iteration and prolonged-sound marks, small kana, leaders) and the characters no line may
 * end with (opening brackets and quotes). The sets also hold their ASCII and halfwidth kin.
 */
public final class Kinsoku {

    private static final String CANNOT_START =
            // closing brackets and quotes
            "）」』】〕〉》〗〙〛〞〟｝］｠｣’”»›"
            // full stops, commas, colons, question and exclamation marks
            + "，。、；：？！．､｡‼⁇⁈⁉"
            // middle dots, the prolonged sound mark, leaders, the wave dash, percent and degree signs
            + "・･ーｰ…‥〜～％‰℃°′″"
            // iteration marks, voiced sound marks
            + "々〻ゝゞヽヾ゛゜"
            // small kana
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ"
            // ASCII
            + ",.;:!?)]}%";

    private static final String CANNOT_END = "（「『【〔〈《〖〘〚〝｛［｟｢‘“«‹([{￥＄￡＃＠";

    private static final BitSet START_SET = toSet(CANNOT_START);
    private static final BitSet END_SET = toSet(CANNOT_END);

    private Kinsoku() {
    }

    /** Whether no line may start with {@code cp}. */
    public static boolean cannotStartLine(int cp) {
        return START_SET.get(cp);
    }

    /** Whether no line may end with {@code cp}. */
    public static boolean cannotEndLine(int cp) {
        return END_SET.get(cp);
    }

    /** Every character no line may start with, for tests and documentation. */
    public static String cannotStart() {
        return CANNOT_START;
    }

    /** Every character no line may end with, for tests and documentation. */
    public static String cannotEnd() {
        return CANNOT_END;
    }

    private static BitSet toSet(String chars) {
        BitSet set = new BitSet(0x10000);
        chars.codePoints().forEach(set::set);
        return set;
    }
}
