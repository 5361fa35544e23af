package io.fazhi.indicator.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractorTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaultCatalog();

    private static Optional<IndicatorValue> indicator(String text, String key) {
        return EXTRACTOR.extract(text).indicators().stream().filter(v -> v.key().equals(key)).findFirst();
    }

    private static String value(String text, String key) {
        return indicator(text, key).map(v -> v.value().toPlainString() + (v.approx() ? "~" : "")).orElse("absent");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            今年我镇开展会前学法12次，组织干部集中学法2次。                      | capacity.law_study_sessions        | 12
            今年我镇开展会前学法12次，组织干部集中学法2次。                      | capacity.legal_trainings           | 2
            截至目前，我镇共有18名工作人员取得行政执法资格证。                  | capacity.certified_enforcement_staff | 18
            全镇共化解各类民间纠纷36件，矛盾纠纷调解率达100%。                  | disputes.mediation_success_rate    | 100
            开展“法律明白人”培训12场，提升调解队伍素质。                       | publicity.legal_literates_trained  | 12
            综合执法检查4300次，出动12453余人次。                              | enforcement.personnel_dispatched   | 12453~
            在主要路口悬挂横幅，发放宣传资料1200多份，接受群众咨询300多人次。   | publicity.materials                | 1200~
            全镇13个村（社区）已全部申报为民主法治村（社区）。                   | services.rule_of_law_villages      | 13
            全镇13个村（社区）已全部申报为民主法治村（社区）。                   | profile.villages                   | 13
            在我镇9村1社设立了公共法律服务室。                                  | services.legal_service_points      | 10
            在我镇9村1社设立了公共法律服务室。                                  | profile.villages                   | 10
            """)
    void mapsEachQuantityToTheIndicatorItsClauseSpeaksOf(String text, String key, String expected) {
        assertEquals(expected, value(text, key));
    }

    @Test
    void takesTheStatedTotalAndKeepsThePartsAsEvidence() {
        String text = "2021年，我镇作出行政处罚150宗，其中简易处罚94宗，罚没金额4700元，一般处罚56宗，罚没金额16900元，合计罚没金额21600元。";
        IndicatorValue cases = indicator(text, "enforcement.penalty_cases").orElseThrow();
        assertEquals("150", cases.value().toPlainString());
        assertEquals(3, cases.evidence().size());
        assertEquals("21600", value(text, "enforcement.fines_yuan"));
    }

    @Test
    void sumsThePartsOfOneIndicatorInOnePassage() {
        String text = "开展法律宣讲20余次，反邪教宣传10余次，禁毒宣传5次。";
        assertEquals("35~", value(text, "publicity.events"));
    }

    @Test
    void sumsDocumentsListedWithEnumerationCommas() {
        String text = "今年共下达违建限期拆除文书3份、现场整改决定书3份、限期整改指令书7份。";
        assertEquals("13", value(text, "enforcement.rectification_notices"));
    }

    @Test
    void convertsWanYuanIntoYuan() {
        assertEquals("45200", value("全年罚没金额4.52万元。", "enforcement.fines_yuan"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2021年度法治政府建设报告\\n2019年，全镇开展普法宣传活动30次。
            2021年度法治政府建设报告\\n下一步，我镇将开展普法宣传活动30次。
            2021年度法治政府建设报告\\n四、2022年工作计划\\n（一）开展普法宣传活动30次。
            2021年度法治政府建设报告\\n全县共开展普法宣传活动30次。
            """)
    void ignoresNumbersOfOtherYearsPlansAndOtherBodies(String escaped) {
        String text = escaped.replace("\\n", "\n");
        assertEquals("absent", value(text, "publicity.events"));
        Quantity q = EXTRACTOR.extract(text).quantities().get(0);
        assertEquals("30次", q.text());
        assertNull(q.key());
    }

    @Test
    void countsThisYearsPartOfASentenceThatAlsoNamesEarlierYears() {
        String text = "2021年度报告\n2017年已申报7个村为民主法治村，2018年已申报6个村为民主法治村，全镇13个村已全部申报为民主法治村。";
        assertEquals("13", value(text, "services.rule_of_law_villages"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            聘请专业律师事务所律师为我镇法律顾问。               | decision.legal_adviser            | true
            我镇尚未聘请法律顾问。                               | decision.legal_adviser            | false
            成立了以镇长为组长的依法行政工作领导小组。           | leadership.leading_group          | true
            成立森林防火工作领导小组。                           | leadership.leading_group          | absent
            建立和落实行政执法公示制度、全过程记录制度、法制审核制度三项制度。 | enforcement.three_systems | true
            动态调整并公布政府权责清单。                         | enforcement.power_list_published  | true
            全面落实了领导干部述职述廉述法制度。                 | leadership.report_on_law          | true
            政府负责人履行第一责任人职责。                       | leadership.first_responsible_person | true
            全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。 | enforcement.three_systems | true
            落实执法公示和执法全过程记录。                       | enforcement.three_systems         | absent
            与律师事务所签订常年法律顾问服务合同。               | decision.legal_adviser            | true
            """)
    void readsFlagsAsStatedNegatedOrAbsent(String text, String key, String expected) {
        Boolean flag = EXTRACTOR.extract(text).flags().get(key);
        assertEquals(expected, flag == null ? "absent" : flag.toString());
    }

    @Test
    void leavesAFlagMentionedOnlyInNextYearsPlanAbsent() {
        String text = "2022年度报告\n一、主要工作\n开展普法。\n四、下一步工作计划\n健全政府法律顾问制度。";
        assertFalse(EXTRACTOR.extract(text).flags().containsKey("decision.legal_adviser"));
    }

    @Test
    void findsTheStatutoryPartsOfTheReport() {
        String text = "一、2021年推进法治政府建设的主要举措和成效\n开展普法。\n二、存在的不足和原因\n不足。\n"
                + "三、党政主要负责人履行推进法治建设第一责任人职责情况\n履职。\n四、2022年主要安排\n安排。";
        Map<String, Object> s = EXTRACTOR.extract(text).structure();
        assertEquals(Map.of("structure.measures", true, "structure.shortcomings", true, "structure.first_responsible", true,
                "structure.next_year_plan", true, "structure.completeness", 100.0), s);
    }

    @Test
    void countsATopicalFirstSectionAsTheMeasures() {
        String text = "一、坚持党的领导\n开展普法宣传活动6次。\n二、存在不足及下步打算\n不足。";
        Map<String, Object> s = EXTRACTOR.extract(text).structure();
        assertEquals(true, s.get("structure.measures"));
        assertEquals(false, s.get("structure.first_responsible"));
        assertEquals(75.0, s.get("structure.completeness"));
    }

    @Test
    void pointsQuantitiesAndEvidenceBackIntoTheSubmittedText() {
        String text = "## **五、普法**\r\n\r\n今年，全镇共举办各类普法宣传活动 ６ 次，印发普法宣传资料 7500 余份，张贴\n\n各类普法标语 22 条。";
        ExtractionResult r = EXTRACTOR.extract(text);
        for (Quantity q : r.quantities()) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
        assertEquals(List.of("６ 次", "7500 余份", "22 条"), r.quantities().stream().map(Quantity::text).toList());
        for (IndicatorValue v : r.indicators()) {
            Evidence e = v.evidence().get(0);
            assertTrue(e.quote().contains(text.substring(e.start(), e.end())), e.toString());
        }
    }

    @Test
    void versionNamesEngineAndCatalog() {
        assertEquals(Extractor.ENGINE_VERSION + "+catalog.2", EXTRACTOR.version());
        assertEquals(EXTRACTOR.version(), EXTRACTOR.extract("").extractorVersion());
    }

    @Test
    void givesTheSameResultFromManyThreads() throws Exception {
        String text = "今年开展普法宣传活动6次，印发资料7500余份。";
        ExtractionResult expected = EXTRACTOR.extract(text);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<ExtractionResult> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> results.add(EXTRACTOR.extract(text)));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertTrue(results.stream().allMatch(expected::equals));
    }

    @Test
    void staysLinearOnHostileInput() {
        String hostile = "一".repeat(200_000) + "二三四五六七八九十百千万亿".repeat(20_000) + "，".repeat(100_000);
        long t0 = System.nanoTime();
        EXTRACTOR.extract(hostile);
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "extraction of hostile input must stay bounded");
    }

    @Test
    void readsACountyExtendedCatalogWithoutCodeChange() {
        Catalog base = EXTRACTOR.catalog();
        IndicatorDefinition extra = new IndicatorDefinition("services.mediators", "专职人民调解员", "count", "up", "services",
                "公共法律服务", List.of("名", "人"), List.of("调解员"), List.of(), List.of(), List.of(), List.of(), List.of(), false, false);
        List<IndicatorDefinition> all = new java.util.ArrayList<>(base.indicators());
        all.add(extra);
        Extractor county = Extractor.withCatalog(new Catalog("1-county.1", all));
        assertEquals("1", county.extract("聘请了专职人民调解员1名。").indicators().get(0).value().toPlainString());
        assertEquals(BigDecimal.ONE, county.extract("聘请了专职人民调解员1名。").quantities().get(0).value());
        assertTrue(county.version().endsWith("catalog.1-county.1"));
    }

    @Test
    void readsTheHeadingsOfAPageStoredAsOneParagraph() {
        String text = "某镇2022年度法治政府建设报告 现将工作情况报告如下: 一、2022年度推进法治政府建设的主要举措和成效 "
                + "(一)强化组织领导。开展法治培训3场。 二、存在的不足 培训覆盖面不广。";
        Map<String, Object> s = EXTRACTOR.extract(text).structure();
        assertEquals(true, s.get("structure.measures"));
        assertEquals(true, s.get("structure.shortcomings"));
        assertEquals(false, s.get("structure.first_responsible"));
    }

    @Test
    void aShortNumberedPointAboutTheFirstResponsibleDutyIsASubHeadingALongOneIsNot() {
        String point = "一、主要举措和成效\n一是强化组织保障，扎实推进法治建设第一责任人职责。镇党委成立领导小组。";
        assertEquals(true, EXTRACTOR.extract(point).structure().get("structure.first_responsible"));
        String sentence = "一、主要举措和成效\n二是严格落实法治政府建设要求，政府负责人履行第一责任人职责，将法治政府建设纳入政府工作报告，"
                + "全面推进各项工作。";
        assertEquals(false, EXTRACTOR.extract(sentence).structure().get("structure.first_responsible"));
    }
}
