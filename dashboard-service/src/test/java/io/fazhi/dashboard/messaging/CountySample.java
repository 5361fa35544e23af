package io.fazhi.dashboard.messaging;

import java.util.HashSet;
import java.util.Set;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;

/**
 * A small county whose composite index is computed by hand in CompositeRankingFlowTest. Townships {county}101..106;
 * 2023 index indicators: publicity.events, publicity.materials (publicity), disputes.admin_litigation_cases (down,
 * disputes), decision.legal_adviser (flag, decision); enforcement.penalty_cases (none) and structure.* are reported
 * but stay out of the index. 105 reports 2 of 4 (insufficient data); 106 lacks litigation (re-weighted); 101 and 104
 * are identical (a tie).
 */
final class CountySample {

    static final String TOPIC = "fazhi.indicators.computed";
    private static final Set<String> SEEDED = new HashSet<>();

    private CountySample() {
    }

    static synchronized void seed(String county) {
        if (!SEEDED.add(county)) {
            return;
        }
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        send(probe, township(county + "101", 2023, 10, 100, 0.0, true, false).township("历洞镇"));
        send(probe, township(county + "102", 2023, 20, 300, 2.0, true, true).township("都城镇"));
        send(probe, township(county + "103", 2023, 30, 200, 1.0, false, true).township("平台镇"));
        send(probe, township(county + "104", 2023, 10, 100, 0.0, true, false).township("千官镇"));
        send(probe, IndicatorEvents.of(county + "105", 2023, 1).township("大方镇")
                .value("publicity.events", 40, true, "up", "count", "次", "开展普法活动40余次。")
                .value("disputes.admin_litigation_cases", 4, false, "down", "count", "件", "行政诉讼案件4件。")
                .flag("structure.measures", true));
        send(probe, IndicatorEvents.of(county + "106", 2023, 1).township("通门镇")
                .value("publicity.events", 20, false, "up", "count", "次", "开展普法活动20次。")
                .value("publicity.materials", 300, false, "up", "count", "份", "发放资料300份。")
                .flag("decision.legal_adviser", true)
                .flag("structure.measures", false));
        send(probe, township(county + "101", 2022, 30, 300, 0.0, true, true).township("历洞镇"));
        send(probe, township(county + "102", 2022, 10, 100, 2.0, false, true).township("都城镇"));
        send(probe, township(county + "103", 2022, 20, 200, 1.0, true, false).township("平台镇"));
    }

    static IndicatorEvents township(String code, int year, double events, double materials, double litigation,
            boolean adviser, boolean measures) {
        return IndicatorEvents.of(code, year, 1)
                .value("publicity.events", events, false, "up", "count", "次",
                        "全年开展普法宣传活动" + (int) events + "次。")
                .value("publicity.materials", materials, false, "up", "count", "份",
                        "发放宣传资料" + (int) materials + "份。")
                .value("disputes.admin_litigation_cases", litigation, false, "down", "count", "件",
                        litigation == 0 ? "全年无一起行政诉讼案件。" : "行政诉讼案件" + (int) litigation + "件。")
                .flag("decision.legal_adviser", adviser)
                .value("enforcement.penalty_cases", 150, false, "none", "count", "宗", "行政处罚150宗。")
                .flag("structure.measures", measures)
                .value("structure.completeness", measures ? 100 : 25, false, "up", "rate", "%", null);
    }

    static void send(TopicProbe probe, IndicatorEvents event) {
        probe.send(TOPIC, event.townshipCode() + ":" + event.year(), event.json());
    }
}
