package cn.perfeval.domain.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a report's text states next to an unambiguous name: "在职在编（含引进人才、随军家属）：44人",
 * "共计支出7270.5万元", "人员控制率82.69%", "自评总分86.2分". A number is taken only right after its name (an aside in
 * brackets and a word such as 为、达、共计 may stand between) and with the name's unit; approximate figures (约、近、
 * …余、…多) and names that mean different things in different places (一般公共服务支出) are left alone, since a false
 * alarm costs more than a miss. Full-width digits, punctuation and spaces are read as their ASCII forms.
 */
public final class TextFigures {

    /** A figure the text may state, the names it goes by, and its unit. */
    public enum Name {
        ON_STAFF("在职在编人数", "在职在编人员|在职在编人数|在职在编|实际在职人数|在职人员人数|在职人员数|在职人数", Unit.PEOPLE),
        AUTHORIZED("编制数", "核定编制数|核定编制|编制人数|编制数", Unit.PEOPLE),
        TOTAL_EXPENDITURE("支出合计", "共计支出|支出合计|支出总额|全年支出|总支出", Unit.AMOUNT),
        BASIC_EXPENDITURE("基本支出", "基本支出", Unit.AMOUNT),
        PROJECT_EXPENDITURE("项目支出", "项目支出|项目资金共计|项目资金合计|项目经费", Unit.AMOUNT),
        PERSONNEL("人员经费", "人员经费", Unit.AMOUNT),
        PUBLIC_OPERATING("公用经费", "日常公用经费|公用经费", Unit.AMOUNT),
        THREE_PUBLIC("“三公”经费", "“三公”经费支出|“三公”经费|“三公经费”|三公经费支出|三公经费", Unit.AMOUNT),
        STAFF_CONTROL_RATE("在职人员控制率", "在职人员控制率|人员控制率", Unit.PERCENT),
        THREE_PUBLIC_CONTROL_RATE("“三公经费”控制率", "“三公”经费控制率|“三公经费”控制率|三公经费控制率", Unit.PERCENT),
        SELF_SCORE_TOTAL("自评总分", "自评总得分|自评得分合计|自评总分", Unit.SCORE);

        private final String label;
        private final Pattern pattern;
        private final Unit unit;
        // the words a figure of this name starts with: the pattern is tried only where one of them stands
        private final String[] words;

        Name(String label, String names, Unit unit) {
            this.label = label;
            this.unit = unit;
            this.words = names.split("\\|");
            this.pattern = Pattern.compile("(?:" + names + ")" + BETWEEN + "(?<number>\\d+(?:\\.\\d+)?)[ ]*(?<unit>" + unit.pattern + ")");
        }

        public String label() {
            return label;
        }

        Pattern pattern() {
            return pattern;
        }

        public Unit unit() {
            return unit;
        }
    }

    /** The units a figure is written in. */
    public enum Unit {
        PEOPLE("人", "人"), AMOUNT("万元", "万元|万(?!人|余|多|户|份|件|次|个|平方)"), PERCENT("%", "%"), SCORE("分", "分");

        private final String shown;
        private final String pattern;

        Unit(String shown, String pattern) {
            this.shown = shown;
            this.pattern = pattern;
        }

        public String shown() {
            return shown;
        }
    }

    /** One figure found: which, its value as written, the words it was found in (as in the report) and where they start. */
    public record Found(Name name, BigDecimal value, String quote, int offset) {
    }

    /** What may stand between a name and its number: an aside in brackets, a colon, 为、是、达（到）、共（计）、合计、计. */
    private static final String BETWEEN = "(?:\\([^()]{0,40}\\))?[ ]*(?<link>[:]|为|是|达到|达|共计|共|合计|计)?[ ]*";
    private static final Pattern PAIRED_POSTS = Pattern.compile("行政编制[ ]*(?<a>\\d+)[ ]*人[^。;\\n]{0,20}?事业编制[ ]*(?<b>\\d+)[ ]*人");
    private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^(?:余|多|左右)");

    private TextFigures() {
    }

    /** Every figure the text states next to one of the names, in the order written. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String plain = halfWidth(text);
        for (Name name : Name.values()) {
            Matcher m = name.pattern.matcher(plain).useTransparentBounds(true).useAnchoringBounds(false);
            // as m.find() would, leftmost first and each after the last, but without trying the pattern at every
            // character of a long report: every match starts with one of the name's words
            int from = 0;
            for (int at = nextWord(plain, name.words, from); at >= 0; at = nextWord(plain, name.words, from)) {
                m.region(at, plain.length());
                if (!m.lookingAt()) {
                    from = at + 1;
                    continue;
                }
                if (!approximate(plain, m)) {
                    found.add(new Found(name, new BigDecimal(m.group("number")), text.substring(m.start(), m.end()), m.start()));
                }
                from = m.end();
            }
        }
        Matcher posts = PAIRED_POSTS.matcher(plain);
        while (posts.find()) {
            BigDecimal sum = new BigDecimal(posts.group("a")).add(new BigDecimal(posts.group("b")));
            found.add(new Found(Name.AUTHORIZED, sum, text.substring(posts.start(), posts.end()), posts.start()));
        }
        found.sort(Comparator.comparingInt(Found::offset));
        return found;
    }

    /** Where the first of the words stands at or after {@code from}, or -1. */
    private static int nextWord(String text, String[] words, int from) {
        int first = -1;
        for (String word : words) {
            int at = text.indexOf(word, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    static boolean approximate(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start("number") - 2), m.start("number"));
        String after = text.substring(m.end("unit"));
        return before.contains("约") || before.contains("近") || before.contains("逾") || APPROXIMATE_AFTER.matcher(after).find()
                || text.substring(m.end("number"), m.start("unit")).contains("余");
    }

    /** Full-width ASCII forms and the ideographic space as ASCII, one character for one, so positions still match. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
