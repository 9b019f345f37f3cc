package cn.perfeval.report.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A section of Attachment 3. {@code title} is the heading without its number (the number is given by position, see
 * {@link SelfReportView}); {@code heading} is what is printed ("一、单位基本情况", "其他需要说明的情况").
 */
public record ReportSection(String key, String title, String heading, String text) {

    /** "1、", "1.", "一、", "（一）", "六." … at the start of a heading as users type it. */
    private static final Pattern LEADING_NUMBER =
            Pattern.compile("^[\\s\u3000]*(?:[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十0-9]+[\\s\u3000]*[、.．,，])[\\s\u3000]*");

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五"};

    public ReportSection {
        key = Texts.clean(key);
        title = stripNumber(Texts.clean(title));
        heading = heading == null ? title : Texts.clean(heading);
        text = Texts.clean(text);
    }

    /** An unnumbered section; {@link SelfReportView} numbers it. */
    public ReportSection(String key, String title, String text) {
        this(key, title, null, text);
    }

    public List<String> paragraphs() {
        return Texts.paragraphs(text);
    }

    /** Paragraph kinds for styling: level-2 headings "（一）…" are set in 楷体. */
    public static boolean isSubheading(String paragraph) {
        return paragraph.matches("^[（(][一二三四五六七八九十]+[）)].{0,40}") && !paragraph.contains("。");
    }

    /** Instance form of {@link #isSubheading} for templates. */
    public boolean subheading(String paragraph) {
        return isSubheading(paragraph);
    }

    static String stripNumber(String title) {
        return Texts.strip(LEADING_NUMBER.matcher(title).replaceFirst(""));
    }

    ReportSection numbered(int number) {
        String h = number <= 0 ? title : NUMERALS[Math.min(number, NUMERALS.length) - 1] + "、" + title;
        return new ReportSection(key, title, h, text);
    }
}
