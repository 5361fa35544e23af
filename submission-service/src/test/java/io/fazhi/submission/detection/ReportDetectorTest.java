package io.fazhi.submission.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.submission.registry.BundledRegistry;
import io.fazhi.submission.registry.Township;

class ReportDetectorTest {

    private static final String BODY = "\n一、主要举措和成效\n我镇坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，"
            + "扎实推进法治政府建设，全年开展普法宣传活动12次，发放宣传资料7500余份，依法化解矛盾纠纷36件。\n";

    private final ReportDetector detector = new ReportDetector(BundledRegistry.get());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "郁南县历洞镇人民政府\\n2021 年度法治政府建设报告                  | 445322116 | 郁南县历洞镇  | 2021 | true",
            "汉中市南郑区法镇人民政府\\n关于2022年度法治政府建设情况的报告      | 610703113 | 汉中市南郑区法镇 | 2022 | true",
            "蓟州区邦均镇\\n\\n2021年法治政府建设情况报告                      | 120119105 | 蓟州区邦均镇  | 2021 | true",
            "# 新县沙窝镇人民政府\\n沙政文〔2024〕17号\\n签发人：刘 兵\\n关于2023年法治政府建设工作情况的报告 | 411523101 | 新县沙窝镇 | 2023 | true",
            "丰都县双龙镇人民政府\\n双龙镇2020年法治政府建设情况报告            | 500230124 | 丰都县双龙镇  | 2020 | true",
            "郁南县历洞镇人民政府\\n关于二〇二一年度法治政府建设工作的报告      | 445322116 | 郁南县历洞镇  | 2021 | true",
            "郁南县历洞镇\\n法治政府建设（2021—2025年）实施情况\\n2022年度法治政府建设报告 | 445322116 | 郁南县历洞镇 | 2022 | true",
            "郁南县 历洞镇 人民政府\\n2021年度依法行政工作报 告                 | 445322116 | 郁南县 历洞镇 | 2021 | true"})
    void readsTownshipAndReportYearFromHeadingLines(String head, String code, String quote, int year, boolean strong) {
        String text = head.replace("\\n", "\n") + BODY;
        Detection d = detector.detect(null, text);
        assertThat(d.township().code()).isEqualTo(code);
        assertThat(d.township().evidence().quote()).isEqualTo(quote);
        assertThat(text.substring(d.township().evidence().start(), d.township().evidence().end())).isEqualTo(quote);
        assertThat(d.year().value()).isEqualTo(year);
        assertThat(d.year().strong()).isEqualTo(strong);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "现将我镇2021年度法治政府建设工作情况报告如下：  | 2021 | report-sentence",
            "2019年，我镇开展普法宣传活动。                | 2019 | paragraph-opening"})
    void fallsBackToWeakBodyReadingsOfTheYear(String sentence, int year, String rule) {
        Detection d = detector.detect(null, "一、主要举措和成效\n" + sentence + BODY);
        assertThat(d.year().value()).isEqualTo(year);
        assertThat(d.year().strong()).isFalse();
        assertThat(d.year().evidence().rule()).isEqualTo(rule);
    }

    @Test
    void neverTakesTheYearOfADocumentNumber() {
        Detection d = detector.detect(null, "新县沙窝镇人民政府\n沙政文〔2024〕17号\n签发人：刘兵\n" + BODY);
        assertThat(d.year()).isNull();
        assertThat(d.documentNumber().value()).isEqualTo("沙政文〔2024〕17号");
        assertThat(d.signer().value()).isEqualTo("刘兵");
    }

    @Test
    void listsCandidatesWhenANameSharedByManyCountiesIsNotQualified() {
        Detection d = detector.detect(null, "双龙镇人民政府\n2020年法治政府建设情况报告" + BODY);
        assertThat(d.township()).isNull();
        assertThat(d.candidates()).hasSize(15).extracting(Township::code).contains("500230124");
        assertThat(d.townshipMention().quote()).isEqualTo("双龙镇");
    }

    @Test
    void letsACountyNamedInTheBodyDecideBetweenCandidates() {
        Detection d = detector.detect(null, "双龙镇人民政府\n2020年法治政府建设情况报告\n"
                + "严格对照《丰都县法治政府建设实施意见（2017—2020年）》明确的法治政府建设任务，结合本地实际，全面推进法治政府建设，现将工作开展情况报告如下。"
                + BODY);
        assertThat(d.township().code()).isEqualTo("500230124");
        assertThat(d.county().value()).isEqualTo("丰都县");
    }

    @Test
    void usesTheGivenTitleBeforeTheText() {
        Detection d = detector.detect("郁南县历洞镇2021年度法治政府建设报告", BODY);
        assertThat(d.township().code()).isEqualTo("445322116");
        assertThat(d.township().evidence().source()).isEqualTo("title");
        assertThat(d.year().value()).isEqualTo(2021);
        assertThat(d.year().evidence().source()).isEqualTo("title");
    }

    @Test
    void findsNothingInATextThatNamesNoUnit() {
        Detection d = detector.detect(null, BODY);
        assertThat(d.township()).isNull();
        assertThat(d.candidates()).isEmpty();
        assertThat(d.year()).isNull();
    }
}
