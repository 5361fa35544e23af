package io.fazhi.indicator.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mapping and aggregation rules found by the held-out evaluation (gold-heldout/README.md), one row per case. */
class IndicatorMappingRulesTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaultCatalog();

    private static String value(String text, String key) {
        return EXTRACTOR.extract(text.replace("\\n", "\n")).indicators().stream().filter(v -> v.key().equals(key)).findFirst()
                .map(v -> v.value().toPlainString() + (v.approx() ? "~" : "")).orElse("absent");
    }

    @ParameterizedTest(name = "{1} = {2} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            组织干部参加县司法局举办的法治讲座1场。                                  | capacity.legal_trainings | 1
            （二）推进学法用法。全年会前学法12次，邀请县司法局开展法治讲座1场。     | capacity.legal_trainings | 1
            （二）推进学法用法。全年会前学法12次，邀请县司法局开展法治讲座1场。     | publicity.events         | absent
            （六）加大普法宣传力度。全年举办法治讲座16场，发放宣传资料1.5万余份。    | publicity.events         | 16
            驻村律师协助调解纠纷30余起，开展法治讲座20余场次，解答群众法律咨询1500余人次。 | publicity.events | 20~
            组织乡村干部参加全县法治培训2次。                                        | capacity.legal_trainings | 2
            邀请县委党校专家举办法治专题讲座两场，镇村干部一起参加。                 | capacity.legal_trainings | 2
            全年受理矛盾纠纷112件，成功调解108件，调解成功率96.4%。                  | disputes.disputes_resolved | 108
            全年共排查矛盾纠纷94起，成功化解92起。                                   | disputes.disputes_resolved | 92
            全年排查化解各类矛盾纠纷87件。                                           | disputes.disputes_resolved | 87
            全年调处矛盾纠纷18件，调解成功17件。                                     | disputes.disputes_resolved | 18
            全年调处矛盾纠纷256件，防止民转刑案件3起。                               | disputes.disputes_resolved | 256
            全年受理群众信访事项127件，其中来访86批次、网上信访41件。                | disputes.petitions       | 127
            全镇累计创成省级民主法治村2个、市级民主法治村5个、县级民主法治村9个，其中新创成县级民主法治村3个。 | services.rule_of_law_villages | 16
            全镇共有国家级民主法治示范村1个、自治区级民主法治示范村2个、市级民主法治示范村3个。 | services.rule_of_law_villages | 6
            新增取得执法证人员3名，全镇持证人员达14名。                              | capacity.certified_enforcement_staff | 14
            组织31名执法人员参加全省行政执法资格考试，28人取得执法证件。             | capacity.certified_enforcement_staff | 28
            全年审查合同协议15份、出具法律意见书9份。                                | decision.contracts_reviewed | 15
            街道辖9个社区、4个行政村，常住人口约8.6万人。                            | profile.villages         | 13
            街道辖8个社区，辖区常住人口5.3万人。                                     | profile.villages         | 8
            发放各类宣传品1.3万余份，悬挂宣传横幅45条。                              | publicity.materials      | 13000~
            发放各类宣传品1.3万余份，悬挂宣传横幅45条。                              | publicity.banners        | 45
            在辖区设置法治宣传橱窗12处。                                             | publicity.banners        | 12
            全镇辖11个村委会、5个社区居委会。                                        | profile.villages         | 16
            12个村（社区）均配备法律顾问。                                           | profile.villages         | 12
            16个村（社区）公共法律服务工作室全部实现法律顾问驻点服务。               | services.legal_service_points | 16
            建成镇综治中心和16个村（社区）矛盾纠纷调处站。                           | disputes.mediation_bodies | 16
            镇党委书记带头讲授法治专题党课1次。                                      | leadership.rule_of_law_meetings | absent
            法律顾问全年列席镇政府常务会议8次。                                      | leadership.rule_of_law_meetings | absent
            2023年度报告\\n一、主要举措和成效\\n镇党委会议先后5次专题研究部署法治建设。\\n二、党政主要负责人履行推进法治建设第一责任人职责情况\\n镇党委书记主持召开法治建设专题会议5次。 | leadership.rule_of_law_meetings | 5
            全年定期组织领导干部集中学习《浙江省安全生产条例》、《中华人民共和国行政处罚法》等法律法规12次。 | capacity.legal_trainings | 12
            今年镇党委理论学习中心组集中学习研讨习近平法治思想1次，全体机关干部集中学习习近平法治思想2次。 | capacity.law_study_sessions | 3
            全体机关干部集中学习习近平法治思想2次。                                  | capacity.legal_trainings | absent
            镇党委会议专题学习党内法规制度建设和分析研究执行情况4次。                | capacity.law_study_sessions | absent
            全年开展党委（扩大）会议前集中学习14次。                                 | capacity.law_study_sessions | 14
            街道党校及各社区全年共举办培训班76次。                                   | capacity.legal_trainings | absent
            对执法人员共进行执法培训15次。                                           | capacity.legal_trainings | 15
            创建区级“法治示范村”1家、申报区级“法治示范社区”2家。                  | services.rule_of_law_villages | 3
            完善公共法律服务体系，实现41个村（社区）法律顾问全覆盖。                 | profile.villages         | 41
            2022年度报告\\n将《法治政府建设实施纲要2021—2025》纳入中心组学习计划（已集中学习9次），组织习近平法治思想理论测试4次。 | capacity.law_exams | 4
            2023年度报告\\n一、主要举措和成效\\n全年化解矛盾纠纷73件。\\n二、党政主要负责人履行推进法治建设第一责任人职责情况\\n亲自协调处理重大矛盾纠纷2宗。 | disputes.disputes_resolved | 73
            """)
    void readsTheIndicatorACarefulReaderReads(String text, String key, String expected) {
        assertEquals(expected, value(text, key));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            三、存在的主要问题     | structure.shortcomings
            二、主要问题           | structure.shortcomings
            三、困难和问题         | structure.shortcomings
            """)
    void findsShortcomingsUnderTheirCommonHeadings(String heading, String key) {
        Map<String, Object> s = EXTRACTOR.extract("一、主要工作\n开展普法宣传活动6次。\n" + heading + "\n不足。").structure();
        assertEquals(true, s.get(key));
    }
}
