package io.fazhi.submission.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.submission.detection.IdentificationException.Kind;
import io.fazhi.submission.detection.ReportIdentifier.Given;
import io.fazhi.submission.registry.BundledRegistry;

class ReportIdentifierTest {

    private static final String LIDONG_2021 = "郁南县历洞镇人民政府\n2021 年度法治政府建设报告\n正文。";
    private static final String SHUANGLONG_2020 = "双龙镇人民政府\n2020年法治政府建设情况报告\n正文。";
    /** Its heading names the whole 唐山高新技术产业开发区街道, which ends with 开发区街道, the name of other units. */
    private static final String KAIFAQU_2023 = "# 唐山高新技术产业开发区街道人民政府\n## 关于2023年法治政府建设工作情况的报告\n正文。";
    /** 集贤县种畜场's heading, whose tail 县种畜场 is the full name of a unit in Xinjiang. */
    private static final String ZHONGCHU_2023 = "# 集贤县种畜场\n## 关于2023年法治政府建设工作情况的报告\n正文。";
    private static final String PLAIN = "我镇全年开展普法宣传活动12次。";

    private final ReportDetector detector = new ReportDetector(BundledRegistry.get());
    private final ReportIdentifier identifier = new ReportIdentifier(BundledRegistry.get(), 2000, 2026);

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} + {4} → {5} {6}")
    @CsvSource(nullValues = "-", value = {
            "-,            -,        -,      -,    LIDONG,     445322116, 2021",
            "445322116,    -,        -,      -,    LIDONG,     445322116, 2021",
            "445322116001, 历洞镇,   郁南县, 2021, LIDONG,     445322116, 2021",
            "-,            历洞镇,   -,      -,    LIDONG,     445322116, 2021",
            "-,            -,        丰都县, -,    SHUANGLONG, 500230124, 2020",
            "-,            双龙镇,   丰都县, 2020, PLAIN,      500230124, 2020",
            "-,            丰都县双龙镇, -,  -,    SHUANGLONG, 500230124, 2020",
            "130273001,    -,        -,      -,    KAIFAQU,    130273001, 2023",
            "230521582,    -,        -,      -,    ZHONGCHU,   230521582, 2023"})
    void settlesTownshipAndYearFromFieldsAndText(String code, String township, String county, Integer year,
            String text, String expectedCode, int expectedYear) {
        var identified = identifier.identify(new Given(code, township, county, year), detector.detect(null, text(text)));
        assertThat(identified.township().code()).isEqualTo(expectedCode);
        assertThat(identified.year()).isEqualTo(expectedYear);
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} + {4} → {5} on {6}")
    @CsvSource(nullValues = "-", value = {
            "-,         -,      -,      -,    SHUANGLONG, AMBIGUOUS_TOWNSHIP, township",
            "-,         双龙镇, -,      2020, PLAIN,      AMBIGUOUS_TOWNSHIP, township",
            "-,         不存在镇, -,    2020, PLAIN,      UNKNOWN_TOWNSHIP,   township",
            "445322999, -,      -,      2020, PLAIN,      UNKNOWN_TOWNSHIP,   townshipCode",
            "445322116, 法镇,   -,      2021, LIDONG,     CONTRADICTS_TEXT,   township",
            "610703113, -,      -,      2021, LIDONG,     CONTRADICTS_TEXT,   townshipCode",
            "445322116, -,      -,      2022, LIDONG,     CONTRADICTS_TEXT,   year",
            "-,         -,      新县,   -,    LIDONG,     CONTRADICTS_TEXT,   county",
            "-,         -,      -,      2020, PLAIN,      UNDETERMINED,       township",
            "445322116, -,      -,      -,    PLAIN,      UNDETERMINED,       year"})
    void refusesWhatCannotBeSettled(String code, String township, String county, Integer year, String text, Kind kind,
            String field) {
        var detection = detector.detect(null, text(text));
        assertThatThrownBy(() -> identifier.identify(new Given(code, township, county, year), detection))
                .isInstanceOfSatisfying(IdentificationException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field);
                    if (kind == Kind.AMBIGUOUS_TOWNSHIP) {
                        assertThat(e.candidates()).hasSize(15);
                    }
                });
    }

    private static String text(String name) {
        return switch (name) {
            case "LIDONG" -> LIDONG_2021;
            case "SHUANGLONG" -> SHUANGLONG_2020;
            case "KAIFAQU" -> KAIFAQU_2023;
            case "ZHONGCHU" -> ZHONGCHU_2023;
            default -> PLAIN;
        };
    }
}
