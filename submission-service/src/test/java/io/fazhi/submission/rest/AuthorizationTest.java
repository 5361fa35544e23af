package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fazhi.devtokens.DevTokens;
import io.fazhi.devtokens.RefusedTokens;
import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.submission.registry.BundledRegistry;
import io.fazhi.submission.registry.Township;
import io.fazhi.submission.repository.StoreDigest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Who may do what, endpoint by endpoint: 401 without a valid token, 403 for another township or an area outside
 * the admin's, 2xx for the right caller; a refused write stores nothing.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuthorizationTest {

    /** The callers of the table; "own" is township A, "other" township B in another county. */
    enum Who {
        ANONYMOUS, READER, OWN_TOWNSHIP, OTHER_TOWNSHIP, COUNTY_ADMIN, OTHER_COUNTY_ADMIN, COUNTRY_ADMIN
    }

    /** One request of the table, sent with the caller's token. */
    @FunctionalInterface
    interface Call {
        Response send(RequestSpecification request, World world);
    }

    /** What the table's requests refer to, created once. */
    record World(Township a, Township b, long reportOfA, long uploadOfA, String unitOfA, Map<Who, String> tokens) {
    }

    private static final AtomicInteger DISTINCT = new AtomicInteger();
    private static final Set<String> USED_CODES = ConcurrentHashMap.newKeySet();
    private static World world;

    @Inject
    StoreDigest store;

    @BeforeEach
    void createTheWorldOnce() {
        if (world != null) {
            return;
        }
        Township a = ReportSamples.freshTownship();
        Township b = ReportSamples.freshTownship();
        while (b.countyCode().equals(a.countyCode())) {
            b = ReportSamples.freshTownship();
        }
        String admin = TestTokens.bearer(TestTokens.countryAdmin());
        long report = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(ReportSamples.report(a.code(), 2021, distinctText())).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long upload = upload(given().header("Authorization", admin), a.code(), distinctText())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String unit = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("code", freeCode(a.countyCode()), "name", freeName()))
                .post("/api/v1/townships").then().statusCode(201).extract().path("code");
        for (int year : new int[] {2012, 2013}) {
            given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("dueDate", (year + 1) + "-05-01"))
                    .put("/api/v1/deadlines/{area}/{year}", a.countyCode(), year).then().statusCode(201);
        }
        world = new World(a, b, report, upload, unit, Map.of(
                Who.READER, TestTokens.reader(),
                Who.OWN_TOWNSHIP, TestTokens.township(a.code()),
                Who.OTHER_TOWNSHIP, TestTokens.township(b.code()),
                Who.COUNTY_ADMIN, TestTokens.countyAdmin(a.countyCode()),
                Who.OTHER_COUNTY_ADMIN, TestTokens.countyAdmin(b.countyCode()),
                Who.COUNTRY_ADMIN, TestTokens.countryAdmin()));
    }

    static Stream<Arguments> everyEndpoint() {
        return Stream.of(
                // POST /api/v1/reports (JSON)
                row("submit json: anonymous", Who.ANONYMOUS, AuthorizationTest::submitForA, 401),
                row("submit json: reader", Who.READER, AuthorizationTest::submitForA, 403),
                row("submit json: township for itself", Who.OWN_TOWNSHIP, AuthorizationTest::submitForA, 201),
                row("submit json: township for itself, read from the title", Who.OWN_TOWNSHIP,
                        (r, w) -> submitByTitle(r, w.a()), 201),
                row("submit json: township for another township", Who.OWN_TOWNSHIP, AuthorizationTest::submitForB, 403),
                row("submit json: township for another township named only in the title", Who.OWN_TOWNSHIP,
                        (r, w) -> submitByTitle(r, w.b()), 403),
                row("submit json: another township for A", Who.OTHER_TOWNSHIP, AuthorizationTest::submitForA, 403),
                row("submit json: county admin inside its area", Who.COUNTY_ADMIN, AuthorizationTest::submitForA, 201),
                row("submit json: county admin outside its area", Who.COUNTY_ADMIN, AuthorizationTest::submitForB, 403),
                row("submit json: county admin outside, named only in the title", Who.COUNTY_ADMIN,
                        (r, w) -> submitByTitle(r, w.b()), 403),
                row("submit json: another county's admin", Who.OTHER_COUNTY_ADMIN, AuthorizationTest::submitForA, 403),
                row("submit json: country admin", Who.COUNTRY_ADMIN, AuthorizationTest::submitForB, 201),
                // POST /api/v1/reports (multipart)
                row("upload: anonymous", Who.ANONYMOUS, (r, w) -> upload(r, w.a().code(), distinctText()), 401),
                row("upload: reader", Who.READER, (r, w) -> upload(r, w.a().code(), distinctText()), 403),
                row("upload: township for itself", Who.OWN_TOWNSHIP, (r, w) -> upload(r, w.a().code(), distinctText()), 201),
                row("upload: township for another township", Who.OWN_TOWNSHIP,
                        (r, w) -> upload(r, w.b().code(), distinctText()), 403),
                row("upload: township for another township named only in the file", Who.OWN_TOWNSHIP,
                        (r, w) -> upload(r, null, heading(w.b()) + distinctText()), 403),
                row("upload: county admin inside its area", Who.COUNTY_ADMIN,
                        (r, w) -> upload(r, w.a().code(), distinctText()), 201),
                row("upload: county admin outside its area", Who.COUNTY_ADMIN,
                        (r, w) -> upload(r, w.b().code(), distinctText()), 403),
                row("upload: country admin", Who.COUNTRY_ADMIN, (r, w) -> upload(r, w.b().code(), distinctText()), 201),
                // GET /api/v1/reports/{id}
                row("report: anonymous", Who.ANONYMOUS, AuthorizationTest::reportOfA, 401),
                row("report: reader", Who.READER, AuthorizationTest::reportOfA, 200),
                row("report: its township", Who.OWN_TOWNSHIP, AuthorizationTest::reportOfA, 200),
                row("report: another township", Who.OTHER_TOWNSHIP, AuthorizationTest::reportOfA, 403),
                row("report: county admin", Who.COUNTY_ADMIN, AuthorizationTest::reportOfA, 200),
                row("report: another county's admin", Who.OTHER_COUNTY_ADMIN, AuthorizationTest::reportOfA, 403),
                row("report: country admin", Who.COUNTRY_ADMIN, AuthorizationTest::reportOfA, 200),
                // GET /api/v1/reports/{id}/text
                row("text: anonymous", Who.ANONYMOUS, AuthorizationTest::textOfA, 401),
                row("text: reader", Who.READER, AuthorizationTest::textOfA, 403),
                row("text: its township", Who.OWN_TOWNSHIP, AuthorizationTest::textOfA, 200),
                row("text: another township", Who.OTHER_TOWNSHIP, AuthorizationTest::textOfA, 403),
                row("text: county admin", Who.COUNTY_ADMIN, AuthorizationTest::textOfA, 200),
                row("text: another county's admin", Who.OTHER_COUNTY_ADMIN, AuthorizationTest::textOfA, 403),
                row("text: country admin", Who.COUNTRY_ADMIN, AuthorizationTest::textOfA, 200),
                // GET /api/v1/reports/{id}/file
                row("file: anonymous", Who.ANONYMOUS, AuthorizationTest::fileOfA, 401),
                row("file: reader", Who.READER, AuthorizationTest::fileOfA, 403),
                row("file: its township", Who.OWN_TOWNSHIP, AuthorizationTest::fileOfA, 200),
                row("file: another township", Who.OTHER_TOWNSHIP, AuthorizationTest::fileOfA, 403),
                row("file: county admin", Who.COUNTY_ADMIN, AuthorizationTest::fileOfA, 200),
                row("file: another county's admin", Who.OTHER_COUNTY_ADMIN, AuthorizationTest::fileOfA, 403),
                row("file: country admin", Who.COUNTRY_ADMIN, AuthorizationTest::fileOfA, 200),
                // GET /api/v1/reports
                row("list: anonymous", Who.ANONYMOUS, (r, w) -> list(r, null), 401),
                row("list: reader, any area", Who.READER, (r, w) -> list(r, w.b().countyCode()), 200),
                row("list: township, its own", Who.OWN_TOWNSHIP, (r, w) -> list(r, null), 200),
                row("list: township, its county narrowed to itself", Who.OWN_TOWNSHIP,
                        (r, w) -> list(r, w.a().countyCode()), 200),
                row("list: township, another township", Who.OWN_TOWNSHIP, (r, w) -> list(r, w.b().code()), 403),
                row("list: county admin, its whole area", Who.COUNTY_ADMIN, (r, w) -> list(r, null), 200),
                row("list: county admin, a township inside", Who.COUNTY_ADMIN, (r, w) -> list(r, w.a().code()), 200),
                row("list: county admin, another county", Who.COUNTY_ADMIN, (r, w) -> list(r, w.b().countyCode()), 403),
                row("list: county admin, its province", Who.COUNTY_ADMIN, (r, w) -> list(r, "44"), 403),
                row("list: country admin, a province", Who.COUNTRY_ADMIN, (r, w) -> list(r, "44"), 200),
                // POST /api/v1/townships
                row("add unit: anonymous", Who.ANONYMOUS, (r, w) -> addUnit(r, w.a()), 401),
                row("add unit: reader", Who.READER, (r, w) -> addUnit(r, w.a()), 403),
                row("add unit: township", Who.OWN_TOWNSHIP, (r, w) -> addUnit(r, w.a()), 403),
                row("add unit: another county's admin", Who.OTHER_COUNTY_ADMIN, (r, w) -> addUnit(r, w.a()), 403),
                row("add unit: county admin outside its area", Who.COUNTY_ADMIN, (r, w) -> addUnit(r, w.b()), 403),
                row("add unit: county admin", Who.COUNTY_ADMIN, (r, w) -> addUnit(r, w.a()), 201),
                row("add unit: country admin", Who.COUNTRY_ADMIN, (r, w) -> addUnit(r, w.b()), 201),
                // PUT /api/v1/townships/{code}
                row("rename unit: anonymous", Who.ANONYMOUS, AuthorizationTest::renameUnit, 401),
                row("rename unit: reader", Who.READER, AuthorizationTest::renameUnit, 403),
                row("rename unit: township", Who.OWN_TOWNSHIP, AuthorizationTest::renameUnit, 403),
                row("rename unit: another county's admin", Who.OTHER_COUNTY_ADMIN, AuthorizationTest::renameUnit, 403),
                row("rename unit: county admin", Who.COUNTY_ADMIN, AuthorizationTest::renameUnit, 200),
                row("rename unit: country admin", Who.COUNTRY_ADMIN, AuthorizationTest::renameUnit, 200),
                // PUT /api/v1/deadlines/{area}/{year}
                row("set deadline: anonymous", Who.ANONYMOUS, (r, w) -> setDeadline(r, w.a().countyCode(), 2015), 401),
                row("set deadline: reader", Who.READER, (r, w) -> setDeadline(r, w.a().countyCode(), 2015), 403),
                row("set deadline: township for itself", Who.OWN_TOWNSHIP, (r, w) -> setDeadline(r, w.a().code(), 2015), 403),
                row("set deadline: another county's admin", Who.OTHER_COUNTY_ADMIN,
                        (r, w) -> setDeadline(r, w.a().countyCode(), 2015), 403),
                row("set deadline: county admin for its province", Who.COUNTY_ADMIN, (r, w) -> setDeadline(r, "44", 2015), 403),
                row("set deadline: county admin", Who.COUNTY_ADMIN, (r, w) -> setDeadline(r, w.a().countyCode(), 2015), 201),
                row("set deadline: county admin for a township inside", Who.COUNTY_ADMIN,
                        (r, w) -> setDeadline(r, w.a().code(), 2015), 201),
                row("set deadline: country admin", Who.COUNTRY_ADMIN, (r, w) -> setDeadline(r, w.a().countyCode(), 2014), 201),
                // DELETE /api/v1/deadlines/{area}/{year}
                row("remove deadline: anonymous", Who.ANONYMOUS, (r, w) -> removeDeadline(r, w.a().countyCode(), 2013), 401),
                row("remove deadline: reader", Who.READER, (r, w) -> removeDeadline(r, w.a().countyCode(), 2013), 403),
                row("remove deadline: township", Who.OWN_TOWNSHIP, (r, w) -> removeDeadline(r, w.a().countyCode(), 2013), 403),
                row("remove deadline: another county's admin", Who.OTHER_COUNTY_ADMIN,
                        (r, w) -> removeDeadline(r, w.a().countyCode(), 2013), 403),
                row("remove deadline: county admin", Who.COUNTY_ADMIN, (r, w) -> removeDeadline(r, w.a().countyCode(), 2013), 204),
                row("remove deadline: country admin", Who.COUNTRY_ADMIN,
                        (r, w) -> removeDeadline(r, w.a().countyCode(), 2012), 204),
                // POST /api/v1/locks/{area}/{year}, GET, POST .../unlock (year 2011 of county a)
                row("lock year: anonymous", Who.ANONYMOUS, (r, w) -> lock(r, w, ""), 401),
                row("lock year: reader", Who.READER, (r, w) -> lock(r, w, ""), 403),
                row("lock year: township", Who.OWN_TOWNSHIP, (r, w) -> lock(r, w, ""), 403),
                row("lock year: another county's admin", Who.OTHER_COUNTY_ADMIN, (r, w) -> lock(r, w, ""), 403),
                row("lock year: county admin", Who.COUNTY_ADMIN, (r, w) -> lock(r, w, ""), 200),
                row("lock state: township", Who.OWN_TOWNSHIP, (r, w) -> r.get("/api/v1/locks/" + w.a().countyCode()
                        + "/2011"), 403),
                row("lock state: county admin", Who.COUNTY_ADMIN, (r, w) -> r.get("/api/v1/locks/"
                        + w.a().countyCode() + "/2011"), 200),
                row("unlock year: township", Who.OWN_TOWNSHIP, (r, w) -> lock(r, w, "/unlock"), 403),
                row("unlock year: another county's admin", Who.OTHER_COUNTY_ADMIN, (r, w) -> lock(r, w, "/unlock"), 403),
                row("unlock year: country admin", Who.COUNTRY_ADMIN, (r, w) -> lock(r, w, "/unlock"), 200),
                // public reads
                row("registry search: anonymous", Who.ANONYMOUS, (r, w) -> r.get("/api/v1/townships?area=" + w.a().countyCode()), 200),
                row("registry unit: anonymous", Who.ANONYMOUS, (r, w) -> r.get("/api/v1/townships/" + w.a().code()), 200),
                row("deadlines: anonymous", Who.ANONYMOUS, (r, w) -> r.get("/api/v1/deadlines?area=" + w.a().countyCode()), 200),
                row("deadline in force: anonymous", Who.ANONYMOUS, (r, w) -> r.get("/api/v1/deadlines/" + w.a().code() + "/2021"), 200),
                row("openapi: anonymous", Who.ANONYMOUS, (r, w) -> r.get("/q/openapi"), 200),
                row("liveness: anonymous", Who.ANONYMOUS, (r, w) -> r.get("/q/health/live"), 200),
                row("metrics: anonymous", Who.ANONYMOUS, (r, w) -> r.get("/q/metrics"), 200));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("everyEndpoint")
    void answersEachCallerAsItsRoleAndAreaAllow(String name, Who who, int status, Call call) {
        RequestSpecification request = given();
        if (who != Who.ANONYMOUS) {
            request.header("Authorization", TestTokens.bearer(world.tokens().get(who)));
        }
        boolean refusal = status == 401 || status == 403;
        StoreDigest.Snapshot before = refusal ? store.take() : null;

        Response response = call.send(request, world);

        assertThat(response.statusCode()).as(name).isEqualTo(status);
        if (refusal) {
            assertThat(response.contentType()).as(name).startsWith("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
            if (status == 401) {
                assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
            }
            assertThat(store.take()).as("a refused request changes nothing").isEqualTo(before);
        }
    }

    @Test
    void listsOnlyTheTownshipsOwnReportsToATownship() {
        List<String> codes = list(given().header("Authorization", TestTokens.bearer(world.tokens().get(Who.OWN_TOWNSHIP))),
                world.a().countyCode()).then().statusCode(200).extract().path("items.townshipCode");
        assertThat(codes).isNotEmpty().containsOnly(world.a().code());
    }

    @Test
    void listsOnlyItsAreaToACountyAdminAskingForNoArea() {
        List<String> codes = list(given().header("Authorization", TestTokens.bearer(world.tokens().get(Who.COUNTY_ADMIN))),
                null).then().statusCode(200).extract().path("items.townshipCode");
        assertThat(codes).isNotEmpty().allMatch(c -> c.startsWith(world.a().countyCode()));
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("not a JWT", "not-a-token"),
                Arguments.of("signed by another key", RefusedTokens.signedByAnotherKey()),
                Arguments.of("issued by another issuer", RefusedTokens.fromAnotherIssuer()),
                Arguments.of("expired", RefusedTokens.expired()),
                Arguments.of("unsigned (alg none)", RefusedTokens.unsigned()),
                Arguments.of("signature altered", RefusedTokens.tampered(TestTokens.countryAdmin())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusesAnInvalidTokenWith401ProblemOnReadsAndWrites(String name, String token) {
        StoreDigest.Snapshot before = store.take();
        for (Call call : List.<Call>of(AuthorizationTest::reportOfA, (r, w) -> list(r, null),
                AuthorizationTest::submitForA, (r, w) -> upload(r, w.a().code(), distinctText()),
                (r, w) -> addUnit(r, w.a()), (r, w) -> setDeadline(r, w.a().countyCode(), 2016))) {
            call.send(given().header("Authorization", TestTokens.bearer(token)), world).then()
                    .statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
        }
        assertThat(store.take()).isEqualTo(before);
    }

    @Test
    void refusesATokenWithoutAKnownRoleWith403() {
        String nobody = DevTokens.developmentKey().sign("nobody", List.of("guest"),
                "\"township_code\":\"" + world.a().code() + "\"", Duration.ofHours(1));
        submitForA(given().header("Authorization", TestTokens.bearer(nobody)), world).then().statusCode(403);
        reportOfA(given().header("Authorization", TestTokens.bearer(nobody)), world).then().statusCode(403);
    }

    @Test
    void refusesATownshipTokenWithoutItsTownshipCodeWith403() {
        String noCode = DevTokens.developmentKey().sign("township-x", List.of("township"), null,
                Duration.ofHours(1));
        submitForA(given().header("Authorization", TestTokens.bearer(noCode)), world).then().statusCode(403);
        textOfA(given().header("Authorization", TestTokens.bearer(noCode)), world).then().statusCode(403);
    }

    @Test
    void documentsTheBearerSchemeAndTheRefusalsInOpenApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/api/v1/reports'.post.security[0].bearer", notNullValue())
                .body("paths.'/api/v1/reports'.post.responses.'401'.description", notNullValue())
                .body("paths.'/api/v1/reports/{id}/text'.get.responses.'403'.description",
                        notNullValue())
                .body("paths.'/api/v1/deadlines/{area}/{year}'.put.responses.'403'.description",
                        notNullValue())
                .body("paths.'/api/v1/townships'.get.security", nullValue());
    }

    // ---- the requests ----------------------------------------------------------------------------------------

    private static Arguments row(String name, Who who, Call call, int status) {
        return Arguments.of(name, who, status, call);
    }

    private static Response submitForA(RequestSpecification r, World w) {
        return r.contentType(ContentType.JSON).body(ReportSamples.report(w.a().code(), 2021, distinctText()))
                .post("/api/v1/reports");
    }

    private static Response submitForB(RequestSpecification r, World w) {
        return r.contentType(ContentType.JSON).body(ReportSamples.report(w.b().code(), 2021, distinctText()))
                .post("/api/v1/reports");
    }

    /** No township fields: the township is read from the title. */
    private static Response submitByTitle(RequestSpecification r, Township t) {
        return r.contentType(ContentType.JSON)
                .body(Map.of("title", t.county() + t.name() + "2021年度法治政府建设情况报告", "text", distinctText()))
                .post("/api/v1/reports");
    }

    private static Response upload(RequestSpecification r, String townshipCode, String text) {
        RequestSpecification form = r.config(ReportUploadTest.UTF8)
                .multiPart("file", "report.txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("year", "2021");
        if (townshipCode != null) {
            form.multiPart("townshipCode", townshipCode);
        }
        return form.post("/api/v1/reports");
    }

    private static Response reportOfA(RequestSpecification r, World w) {
        return r.get("/api/v1/reports/{id}", w.reportOfA());
    }

    private static Response textOfA(RequestSpecification r, World w) {
        return r.get("/api/v1/reports/{id}/text", w.reportOfA());
    }

    private static Response fileOfA(RequestSpecification r, World w) {
        return r.get("/api/v1/reports/{id}/file", w.uploadOfA());
    }

    private static Response list(RequestSpecification r, String area) {
        return area == null ? r.get("/api/v1/reports") : r.queryParam("area", area).get("/api/v1/reports");
    }

    private static Response addUnit(RequestSpecification r, Township inCountyOf) {
        return r.contentType(ContentType.JSON)
                .body(Map.of("code", freeCode(inCountyOf.countyCode()), "name", freeName(), "note", "民政批复（测试）"))
                .post("/api/v1/townships");
    }

    private static Response renameUnit(RequestSpecification r, World w) {
        return r.contentType(ContentType.JSON).body(Map.of("name", freeName()))
                .put("/api/v1/townships/{code}", w.unitOfA());
    }

    private static Response lock(RequestSpecification r, World w, String action) {
        return r.contentType(ContentType.JSON).body(Map.of("reason", "考核结果发布"))
                .post("/api/v1/locks/" + w.a().countyCode() + "/2011" + action);
    }

    private static Response setDeadline(RequestSpecification r, String area, int year) {
        return r.contentType(ContentType.JSON).body(Map.of("dueDate", (year + 1) + "-04-15"))
                .put("/api/v1/deadlines/{area}/{year}", area, year);
    }

    private static Response removeDeadline(RequestSpecification r, String area, int year) {
        return r.delete("/api/v1/deadlines/{area}/{year}", area, year);
    }

    private static String heading(Township t) {
        return t.county() + t.name() + "人民政府\n2021年度法治政府建设情况报告\n";
    }

    private static String distinctText() {
        return ReportSamples.text("（授权测试 " + DISTINCT.incrementAndGet() + "）");
    }

    /** A 9-digit code in the county that neither the bundled edition nor an earlier call has. */
    private static String freeCode(String countyCode) {
        while (true) {
            String code = countyCode + String.format("%03d", 900 + DISTINCT.incrementAndGet() % 100);
            if (BundledRegistry.get().byCode(code).isEmpty() && USED_CODES.add(code)) {
                return code;
            }
        }
    }

    private static String freeName() {
        return "授权测试" + "甲乙丙丁戊己庚辛壬癸".charAt(DISTINCT.get() % 10) + DISTINCT.incrementAndGet() + "镇";
    }
}
