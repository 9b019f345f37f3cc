package cn.perfeval.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The search that tries each name's pattern only where one of its words stands finds exactly what a full scan finds. */
class TextFiguresFindsWhatAFullScanFindsTest {

    @Property(tries = 2000)
    void theSameFiguresInTheSameOrder(@ForAll("reports") String text) {
        assertThat(TextFigures.find(text)).isEqualTo(fullScan(text));
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> piece = Arbitraries.of("在职在编人数", "在职在编", "编制数", "核定编制", "支出合计", "基本支出",
                "项目支出", "项目资金共计", "人员经费", "日常公用经费", "公用经费", "“三公”经费", "三公经费支出",
                "在职人员控制率", "“三公经费”控制率", "自评总分", "行政编制", "事业编制", "为", "达到", "共计", "合计", "：",
                ":", "（含追加）", "(调整后)", " ", "　", "约", "近", "余", "多", "左右", "12", "3.5", "１２", "100.00",
                "0", "人", "万元", "万", "万人", "%", "％", "分", "，", "。", "；", "\n", "全年", "其中");
        return piece.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    /** What find did before: each name's pattern over the whole text, leftmost first. */
    private static List<TextFigures.Found> fullScan(String text) {
        List<TextFigures.Found> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        String plain = TextFigures.halfWidth(text);
        for (TextFigures.Name name : TextFigures.Name.values()) {
            Matcher m = name.pattern().matcher(plain);
            while (m.find()) {
                if (!TextFigures.approximate(plain, m)) {
                    found.add(new TextFigures.Found(name, new BigDecimal(m.group("number")),
                            text.substring(m.start(), m.end()), m.start()));
                }
            }
        }
        Matcher posts = java.util.regex.Pattern.compile("行政编制[ ]*(?<a>\\d+)[ ]*人[^。;\\n]{0,20}?事业编制[ ]*(?<b>\\d+)[ ]*人")
                .matcher(plain);
        while (posts.find()) {
            BigDecimal sum = new BigDecimal(posts.group("a")).add(new BigDecimal(posts.group("b")));
            found.add(new TextFigures.Found(TextFigures.Name.AUTHORIZED, sum, text.substring(posts.start(), posts.end()),
                    posts.start()));
        }
        found.sort(Comparator.comparingInt(TextFigures.Found::offset));
        return found;
    }
}
