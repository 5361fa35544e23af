package io.fazhi.indicator.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityRecognitionTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaultCatalog();

    private static List<Quantity> quantities(String text) {
        return EXTRACTOR.extract(text).quantities();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            化解各类民间纠纷36件。             | 36件        | 36       | 件   | false
            印发普法宣传资料7500余份。         | 7500余份    | 7500     | 份   | true
            发放宣传彩页2万余张。              | 2万余张     | 20000    | 张   | true
            覆盖群众两万余人次。               | 两万余人次  | 20000    | 人次 | true
            开展法治讲座20余场次。             | 20余场次    | 20       | 场次 | true
            接受群众咨询300多人次。            | 300多人次   | 300      | 人次 | true
            共有 18 名工作人员取得执法证。     | 18 名       | 18       | 名   | false
            共有１８名工作人员取得执法证。     | １８名      | 18       | 名   | false
            合计罚没金额21600元。              | 21600元     | 21600    | 元   | false
            罚没金额4.52万元。                 | 4.52万元    | 45200    | 元   | false
            罚没金额1.2万元。                  | 1.2万元     | 12000    | 元   | false
            项目资金1.5亿元。                  | 1.5亿元     | 150000000 | 元  | false
            罚款二十余万元。                   | 二十余万元  | 200000   | 元   | true
            罚款1,200元。                      | 1,200元     | 1200     | 元   | false
            开展培训一万二人次。               | 一万二人次  | 12000    | 人次 | false
            开展宣传十余次。                   | 十余次      | 10       | 次   | true
            集体讨论率达到100%。               | 100%        | 100      | %    | false
            群众满意度达95.5％。               | 95.5％      | 95.5     | %    | false
            知晓率达百分之九十五。             | 百分之九十五 | 95      | %    | false
            知晓率达95%以上。                  | 95%以上     | 95       | %    | true
            开展宣传活动约30次。               | 约30次      | 30       | 次   | true
            出动执法人员近500人次。            | 近500人次   | 500      | 人次 | true
            参与群众超过3000人。               | 超过3000人  | 3000     | 人   | true
            受教育群众逾万人次。               | 逾万人次    | 10000    | 人次 | true
            获宣人员万余人。                   | 万余人      | 10000    | 人   | true
            行政处罚工作有序开展，合计 731 宗。 | 731 宗      | 731      | 宗   | false
            发放资料1000份左右。               | 1000份左右  | 1000     | 份   | true
            组织培训5千人次。                  | 5千人次     | 5000     | 人次 | false
            开展学法12学时。                   | 12学时      | 12       | 学时 | false
            处理案件一百二十三件。             | 一百二十三件 | 123     | 件   | false
            其他处罚类型为0宗。                | 0宗         | 0        | 宗   | false
            在我镇9村1社设立服务室。           | 9村         | 9        | 村   | false
            接待来访群众86批次。               | 86批次      | 86       | 批次 | false
            受理群众来信来访22件次。           | 22件次      | 22       | 件次 | false
            设置法治文化墙18面。               | 18面        | 18       | 面   | false
            学习法律法规10余部。               | 10余部      | 10       | 部   | true
            评查执法案卷1260卷。               | 1260卷      | 1260     | 卷   | false
            全年会前学法不少于12次。           | 不少于12次  | 12       | 次   | true
            执法检查不低于300次。              | 不低于300次 | 300      | 次   | true
            每个村配备至少1名法律顾问。        | 至少1名     | 1        | 名   | true
            """)
    void readsEveryNumberWithItsClassifier(String sentence, String text, String value, String unit, boolean approx) {
        Quantity q = quantities(sentence).get(0);
        assertEquals(text, q.text());
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> "value of " + q);
        assertEquals(unit.equals("％") ? "%" : unit, q.unit());
        assertEquals(approx, q.approx());
        assertEquals(q.text(), sentence.substring(q.start(), q.end()));
    }

    @Test
    void countsTwoWanAsTwentyThousand() {
        assertEquals(0, new BigDecimal(20000).compareTo(quantities("发放宣传彩页2万张。").get(0).value()));
    }

    @Test
    void prefersTheLongestClassifier() {
        List<Quantity> qs = quantities("开展讲座20场次，培训300人次，罚款5万元。");
        assertEquals(List.of("场次", "人次", "元"), qs.stream().map(Quantity::unit).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "建立镇村两级人民调解网络。",
            "按照统一指挥、分级负责的原则。",
            "一是加强组织领导，二是完善制度。",
            "进一步提高依法行政水平。",
            "领导十分重视普法工作。",
            "保卫百姓平安。",
            "把法治宣传送到千家万户。",
            "落实一岗双责要求。",
            "落实行政执法三项制度。",
            "深入学习党的二十大精神和十九届四中全会精神。",
            "党委书记是第一责任人，第三次会议研究部署。",
            "2021年，我镇于3月1日召开会议。",
            "沙政文〔2024〕17号。",
            "对照《法治政府建设实施纲要（2021-2025年）》和《第七个五年规划》。",
            "自觉做到“两个维护”，不断增强“四个意识”。",
            "锻造出一支学法守法用法的干部队伍。",
            "传达到每一名群众。",
            "与群众一起开展活动。",
            "推行一件事一次办和一次性告知。",
            "充实基层法治专门队伍人才。",
            "利用4.15国家安全宣传日和“12•4”国家宪法宣传日。",
            "关注“重庆掌上12348”微信公众号。",
            "建设一村一法律顾问制度。",
            "深化“综合查一次”改革，推行“一窗通办”。",
            "通过周一例会集体学法。",
            "坚决防止“两面人”和两面人现象。",
            "镇党委统一部署法治建设工作。",
            "一部分群众法律意识淡薄。",
            "联合3部门开展整治。",
            // serial numbers and crafted runs: 10^15 or more, or more than four decimals
            "发放宣传资料1000000000000000份。",
            "受理案件99999999999999999999999件。",
            "群众满意率达0.00001%。",
            "投入一万亿亿元。",
            })
    void ignoresNumberLikeWordsThatAreNotQuantities(String sentence) {
        assertEquals(List.of(), quantities(sentence));
    }

    @Test
    void readsNoSuchOneAsAZeroForEachNounItGoverns() {
        List<Quantity> qs = quantities("全年无一起行政复议和行政诉讼案件的发生。");
        assertEquals(2, qs.size());
        assertTrue(qs.stream().allMatch(q -> q.value().signum() == 0 && q.text().equals("无一起")));
        assertEquals(List.of("disputes.admin_reconsideration_cases", "disputes.admin_litigation_cases"),
                qs.stream().map(Quantity::key).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全镇五年内未制定行政规范性文件。     | decision.normative_documents
            今年未发生行政复议案件。             | disputes.admin_reconsideration_cases
            全年没有发生行政诉讼案件。           | disputes.admin_litigation_cases
            """)
    void readsZeroStatementsAsZeroForTheGovernedIndicator(String sentence, String key) {
        IndicatorValue v = EXTRACTOR.extract(sentence).indicators().get(0);
        assertEquals(key, v.key());
        assertEquals(0, v.value().signum());
    }

    @Test
    void keepsAZeroWithoutCatalogNounAsAnUnkeyedQuantity() {
        Quantity q = quantities("也无一起执法投诉和争议。").get(0);
        assertEquals(0, q.value().signum());
        assertEquals(null, q.key());
    }
}
