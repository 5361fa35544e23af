package io.fazhi.dashboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Seeds a running dashboard for the benchmark through the real path: IndicatorsComputed events on the broker, as
 * indicator-service writes them, then waits until the dashboard's read model holds them all. A county (449901, 30
 * townships x 5 years, 2019-2023) and a province (43, 2,000 townships in 100 counties, 2022-2023), 42 catalog keys per
 * report of which 31 enter the index (flags tri-state, counts log-normal with a quarter approximate, 10% of values
 * not mentioned). Deterministic (seeded). Args: bootstrapServers dashboardUrl.
 */
public final class BenchSeeder {

    static final String TOPIC = "fazhi.indicators.computed";
    static final String COUNTY = "449901";
    static final String PROVINCE = "43";

    /** key, kind, direction, unit. */
    private static final String[][] CATALOG = {
            {"leadership.leading_group", "flag", "up", null}, {"leadership.first_responsible_person", "flag", "up", null},
            {"leadership.report_on_law", "flag", "up", null}, {"leadership.rule_of_law_meetings", "count", "up", "次"},
            {"capacity.law_study_sessions", "count", "up", "次"}, {"capacity.legal_trainings", "count", "up", "场次"},
            {"capacity.training_attendance", "count", "up", "人次"}, {"capacity.law_exams", "count", "up", "次"},
            {"capacity.certified_enforcement_staff", "count", "up", "名"}, {"decision.legal_adviser", "flag", "up", null},
            {"decision.legality_review_rate", "rate", "up", "%"}, {"decision.collective_decision_rate", "rate", "up", "%"},
            {"decision.contracts_reviewed", "count", "up", "份"}, {"decision.normative_documents", "count", "none", "件"},
            {"enforcement.three_systems", "flag", "up", null}, {"enforcement.power_list_published", "flag", "up", null},
            {"enforcement.penalty_cases", "count", "none", "宗"}, {"enforcement.fines_yuan", "amount", "none", "元"},
            {"enforcement.inspections", "count", "up", "次"}, {"enforcement.personnel_dispatched", "count", "up", "人次"},
            {"enforcement.rectification_notices", "count", "none", "份"}, {"disputes.disputes_resolved", "count", "up", "件"},
            {"disputes.mediation_success_rate", "rate", "up", "%"}, {"disputes.mediation_bodies", "count", "up", "个"},
            {"disputes.admin_reconsideration_cases", "count", "down", "件"},
            {"disputes.admin_litigation_cases", "count", "down", "件"}, {"disputes.petitions", "count", "none", "件"},
            {"publicity.events", "count", "up", "次"}, {"publicity.materials", "count", "up", "份"},
            {"publicity.banners", "count", "up", "条"}, {"publicity.people_reached", "count", "up", "人次"},
            {"publicity.consultations", "count", "up", "人次"}, {"publicity.legal_literates_trained", "count", "up", "场"},
            {"services.legal_service_points", "count", "up", "个"}, {"services.rule_of_law_villages", "count", "up", "个"},
            {"services.legal_aid_cases", "count", "up", "件"}, {"profile.villages", "count", "none", "个"},
            {"structure.measures", "flag", "up", null}, {"structure.shortcomings", "flag", "up", null},
            {"structure.first_responsible", "flag", "up", null}, {"structure.next_year_plan", "flag", "up", null},
            {"structure.completeness", "rate", "up", "%"}};

    private BenchSeeder() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "localhost:19092";
        String dashboard = args.length > 1 ? args[1] : "http://localhost:18083";
        Random random = new Random(20240301);
        ObjectMapper json = new ObjectMapper();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        long started = System.nanoTime();
        int sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int year = 2019; year <= 2023; year++) {
                for (int t = 0; t < 30; t++) {
                    sent += send(producer, json, event(COUNTY + String.format("%03d", 100 + t), "测试县", year, t, random));
                }
            }
            for (int year = 2022; year <= 2023; year++) {
                for (int c = 0; c < 100; c++) {
                    String county = PROVINCE + String.format("%04d", 100 + c);
                    for (int t = 0; t < 20; t++) {
                        sent += send(producer, json, event(county + String.format("%03d", 100 + t), "县" + c, year,
                                c * 20 + t, random));
                    }
                }
            }
            producer.flush();
        }
        System.out.printf("sent %d IndicatorsComputed events in %.1f s%n", sent, (System.nanoTime() - started) / 1e9);
        awaitCount(dashboard, COUNTY, 2019, 30);
        awaitCount(dashboard, COUNTY, 2023, 30);
        awaitCount(dashboard, PROVINCE, 2022, 2000);
        awaitCount(dashboard, PROVINCE, 2023, 2000);
        System.out.printf("read model holds everything after %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static int send(KafkaProducer<String, String> producer, ObjectMapper json, Map<String, Object> event)
            throws Exception {
        producer.send(new ProducerRecord<>(TOPIC, event.get("townshipCode") + ":" + event.get("year"),
                json.writeValueAsString(event)));
        return 1;
    }

    static Map<String, Object> event(String code, String county, int year, int index, Random random) {
        Instant computed = Instant.parse(year + 1 + "-02-20T08:30:00Z").plusSeconds(index);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("eventId", UUID.nameUUIDFromBytes((code + year).getBytes()).toString());
        e.put("occurredAt", computed.toString());
        e.put("schemaVersion", 1);
        e.put("townshipCode", code);
        e.put("township", "第" + index + "镇");
        e.put("countyCode", code.substring(0, 6));
        e.put("county", county);
        e.put("year", year);
        e.put("reportId", (long) year * 10_000 + index);
        e.put("reportVersion", 1);
        e.put("submittedAt", computed.minusSeconds(60).toString());
        e.put("late", random.nextDouble() < 0.1);
        e.put("extractorVersion", "1.1.0+catalog.1");
        e.put("computedAt", computed.toString());
        List<Map<String, Object>> indicators = new ArrayList<>();
        int structureParts = 0;
        for (String[] c : CATALOG) {
            boolean structure = c[0].startsWith("structure.");
            if (!structure && random.nextDouble() < (c[1].equals("flag") ? 0.2 : 0.1)) {
                continue; // not mentioned
            }
            double value;
            boolean approx = false;
            switch (c[1]) {
                case "flag" -> value = random.nextDouble() < 0.85 ? 1 : 0;
                case "rate" -> value = c[0].equals("structure.completeness") ? structureParts * 25.0
                        : Math.min(100, Math.round(85 + 10 * random.nextGaussian()));
                default -> {
                    value = Math.round(Math.exp(3 + 1.2 * random.nextGaussian()));
                    approx = random.nextDouble() < 0.25;
                }
            }
            if (structure && c[1].equals("flag")) {
                structureParts += (int) value;
            }
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("key", c[0]);
            i.put("value", value);
            i.put("approx", approx);
            i.put("unit", c[3]);
            i.put("kind", c[1]);
            i.put("direction", c[2]);
            i.put("dimension", c[0].substring(0, c[0].indexOf('.')));
            String quote = c[3] == null ? null : "全年共" + (long) value + (approx ? "余" : "") + c[3] + "。";
            i.put("evidence", quote == null ? List.of() : List.of(Map.of("quote", quote, "start", 120, "end", 128)));
            indicators.add(i);
        }
        e.put("indicators", indicators);
        return e;
    }

    private static void awaitCount(String dashboard, String area, int year, int expected) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(dashboard + "/api/v1/rankings?indicator=structure.measures&area=" + area + "&year=" + year);
        Pattern code = Pattern.compile("\"townshipCode\"");
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        int seen = -1;
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = code.matcher(body);
            seen = 0;
            while (m.find()) {
                seen++;
            }
            if (seen >= expected) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(area + "/" + year + ": " + seen + " of " + expected + " townships after 10 min");
    }
}
