package cn.perfeval.domain.report;

import cn.perfeval.domain.common.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the template's report sections in a document's paragraphs (a Word file read elsewhere): a heading is a
 * short line whose words, without their numbering, are a section's title ("一、单位基本情况", the seed's own
 * "1、 单位基本情况", "其他需要说明的情况"). Sub-headings ("（一）…", "1. …") and every other paragraph stay, in order,
 * in the text of the section they follow. Each section is taken once; a later line with the same words is text.
 */
public final class OutlineMatcher {

    /** Longer lines are paragraphs, not headings. */
    private static final int HEADING_MAX = 30;
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:(?<part>第[一二三四五六七八九十]+[部分章节]+)|(?<cn>[一二三四五六七八九十]+[、.,，])|(?<ar>\\d+[、.,，]?)"
                    + "|(?<paren>\\([一二三四五六七八九十\\d]+\\)))\\s*");

    /** A paragraph in document order; {@code headingLevel} (1 = top) or {@code style} ("Heading 1", "标题 1") when known. */
    public record Paragraph(String text, Integer headingLevel, String style) {
        public Paragraph {
            text = text == null ? "" : text;
        }

        public static Paragraph of(String text) {
            return new Paragraph(text, null, null);
        }

        boolean isTopHeadingByStyle() {
            return (headingLevel != null && headingLevel == 1)
                    || (style != null && style.replace(" ", "").matches("(?i)(heading|标题)1"));
        }
    }

    /** A recognised section: its key and title from the outline, the heading as written, and its paragraphs in order. */
    public record MatchedSection(String key, String title, String heading, List<String> paragraphs) {
        public MatchedSection {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The paragraphs as one text, a line each, as the report stores a section. */
        public String text() {
            return String.join("\n", paragraphs);
        }
    }

    /**
     * What was recognised: the sections in document order, the paragraphs before the first one (cover, title), lines
     * that look like top-level headings but match no section (kept in the text too), the outline's keys not found,
     * and a problem when nothing at all was recognised.
     */
    public record Result(List<MatchedSection> sections, List<String> preamble, List<String> unmatchedHeadings,
                         List<String> missingKeys, List<Problem> problems) {
        public Result {
            sections = List.copyOf(sections);
            preamble = List.copyOf(preamble);
            unmatchedHeadings = List.copyOf(unmatchedHeadings);
            missingKeys = List.copyOf(missingKeys);
            problems = List.copyOf(problems);
        }

        public boolean recognisedAnything() {
            return !sections.isEmpty();
        }
    }

    public Result match(ReportOutline outline, List<Paragraph> paragraphs) {
        List<MatchedSection> sections = new ArrayList<>();
        List<String> preamble = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        OutlineSection current = null;
        String currentHeading = null;
        List<String> body = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String line = p.text().strip();
            if (line.isEmpty()) {
                continue;
            }
            OutlineSection heading = heading(outline, p, taken);
            if (heading != null) {
                if (current != null) {
                    sections.add(new MatchedSection(current.key(), current.title(), currentHeading, body));
                }
                taken.add(heading.key());
                current = heading;
                currentHeading = line;
                body = new ArrayList<>();
                continue;
            }
            if (looksLikeTopHeading(p)) {
                unmatched.add(line);
            }
            (current == null ? preamble : body).add(line);
        }
        if (current != null) {
            sections.add(new MatchedSection(current.key(), current.title(), currentHeading, body));
        }
        List<String> missing = outline.sections().stream().map(OutlineSection::key).filter(k -> !taken.contains(k)).toList();
        List<Problem> problems = new ArrayList<>();
        if (sections.isEmpty()) {
            problems.add(new Problem("$", "未能识别出自评报告的章节：文档中没有与提纲对应的标题（如“"
                    + outline.sections().stream().findFirst().map(OutlineSection::title).orElse("一、单位基本情况")
                    + "”），请检查标题是否单独成段"));
        }
        return new Result(sections, preamble, unmatched, missing, problems);
    }

    /** The outline section a paragraph heads, or null: a short line whose words are a section's title. */
    private static OutlineSection heading(ReportOutline outline, Paragraph p, Set<String> taken) {
        String line = TextFigures.halfWidth(p.text()).strip();
        Matcher number = NUMBER.matcher(line);
        boolean numbered = number.find();
        if (numbered && number.group("paren") != null) {
            return null;
        }
        String words = words(numbered ? line.substring(number.end()) : line);
        if (words.isEmpty() || words.length() > HEADING_MAX || line.contains("。")) {
            return null;
        }
        for (OutlineSection s : outline.sections()) {
            if (!taken.contains(s.key()) && words.equals(words(stripNumber(s.title())))) {
                return s;
            }
        }
        return null;
    }

    /** A short line numbered 一、二、… or styled as a top heading: worth telling when it matches no section. */
    private static boolean looksLikeTopHeading(Paragraph p) {
        String line = TextFigures.halfWidth(p.text()).strip();
        if (line.length() > HEADING_MAX || line.contains("。")) {
            return false;
        }
        Matcher number = NUMBER.matcher(line);
        return p.isTopHeadingByStyle() || (number.find() && (number.group("cn") != null || number.group("part") != null));
    }

    private static String stripNumber(String title) {
        String t = TextFigures.halfWidth(title).strip();
        Matcher m = NUMBER.matcher(t);
        return m.find() ? t.substring(m.end()) : t;
    }

    /** The words of a title: no spaces, no closing colon or full stop. */
    private static String words(String s) {
        return s.replaceAll("\\s", "").replaceAll("[:：。.]+$", "");
    }
}
