package io.fazhi.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fazhi.dashboard.profiles.ReportMentions;

class ReportPageTest {

    private static ReportMentions.Mention m(String key, double value, int start, int end) {
        return new ReportMentions.Mention(key, "publicity", value, false, "次", "machine", null, start, end, "q");
    }

    private static ReportPage page(String text, ReportMentions.Mention... mentions) {
        return ReportPage.of(new ReportMentions.Report("445322100", "都城镇", "445322", "郁南县", 2023, 7, 1,
                List.of(mentions)), text, Map.of("publicity.events", "普法宣传活动"));
    }

    @Test
    void highlightsEveryValueAtItsOffsetsAndKeepsTheRestOfTheText() {
        String text = "全年开展普法宣传活动12次，发放资料300份。";
        ReportPage p = page(text, m("publicity.materials", 300, 18, 22), m("publicity.events", 12, 10, 13));
        assertThat(p.segments()).extracting(ReportPage.Segment::text)
                .containsExactly("全年开展普法宣传活动", "12次", "，发放资料", "300份", "。");
        assertThat(String.join("", p.segments().stream().map(ReportPage.Segment::text).toList())).isEqualTo(text);
        assertThat(p.segments().get(1).markId()).isEqualTo("m-0");
        assertThat(p.segments().get(1).key()).isEqualTo("publicity.events");
        assertThat(p.values()).extracting(ReportPage.Value::name).containsExactly("普法宣传活动", "publicity.materials");
        assertThat(p.values().get(0).markIds()).containsExactly("m-0");
        assertThat(p.segments()).extracting(ReportPage.Segment::anchor)
                .containsExactly(null, "k-publicity.events", null, "k-publicity.materials", null);
    }

    @Test
    void overlappingOrOutOfRangeOffsetsNeverCutTheText() {
        String text = "调解纠纷35起，成功35起。";
        ReportPage p = page(text, m("disputes.disputes_resolved", 35, 4, 7), m("disputes.mediation_bodies", 35, 5, 7),
                m("publicity.events", 1, 40, 45));
        assertThat(String.join("", p.segments().stream().map(ReportPage.Segment::text).toList())).isEqualTo(text);
        assertThat(p.segments().stream().filter(s -> s.markId() != null)).hasSize(1);
        assertThat(p.values()).filteredOn(v -> v.key().equals("disputes.mediation_bodies")).first()
                .extracting(ReportPage.Value::markIds).isEqualTo(List.of("m-0"));
    }
}
