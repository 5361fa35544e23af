package io.fazhi.indicator.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            共有１８名                 | 共有18名
            达到９５％                 | 达到95%
            共有 18 名                 | 共有18名
            共有18\u3000名             | 共有18名
            **二、依法决策**           | 二、依法决策
            ## 一、基本情况            | 一、基本情况
            罚款1,200元                | 罚款1,200元
            坚持依法行政,提升建设水平  | 坚持依法行政，提升建设水平
            (一)坚持民主集中制         | （一）坚持民主集中制
            沙政文﹝2024﹞17号          | 沙政文〔2024〕17号
            二○二三年                  | 二〇二三年
            """)
    void rewritesToCanonicalForm(String raw, String canonical) {
        assertEquals(canonical, TextNormalizer.normalize(raw).text());
    }

    @Test
    void rejoinsALineBrokenMidSentenceByAPageBreak() {
        String raw = "工作领导小组定期召开会议，研究部署依法行政工作，形成齐\n\n抓共管格局。";
        assertEquals("工作领导小组定期召开会议，研究部署依法行政工作，形成齐抓共管格局。", TextNormalizer.normalize(raw).text());
    }

    @Test
    void keepsAHeadingOnItsOwnLine() {
        String text = TextNormalizer.normalize("### 一、建立健全组织机构\n\n一是成立领导小组。").text();
        assertEquals("一、建立健全组织机构\n一是成立领导小组。", text);
    }

    @Test
    void dropsPageNumberLines() {
        String text = TextNormalizer.normalize("全镇开展普法宣传活动，发放资料\n- 2 -\n500份。").text();
        assertFalse(text.contains("2"), text);
    }

    @Test
    void mapsEveryCanonicalCharBackToItsOriginalOffset() {
        String raw = "## **标题**\n印发资料 7500 余份，张贴标语２２条。";
        NormalizedText n = TextNormalizer.normalize(raw);
        int at = n.text().indexOf("7500余份");
        assertEquals("7500 余份", n.originalSlice(at, at + "7500余份".length()));
        int fw = n.text().indexOf("22条");
        assertEquals("２２条", n.originalSlice(fw, fw + 3));
        for (int i = 0; i < n.text().length(); i++) {
            char original = raw.charAt(n.originalStart(i));
            assertTrue(original == n.text().charAt(i) || TextNormalizer.fold(original) == n.text().charAt(i)
                    || "，（）；：".indexOf(n.text().charAt(i)) >= 0 || n.text().charAt(i) == '\n', "char " + i);
        }
    }
}
