package io.fazhi.dashboard.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Signing in to the pages with the launcher's development users: one click sets an HttpOnly, SameSite=Strict cookie
 * the service reads like a bearer token; a form from another site is refused; the report view needs a signed-in
 * township of its own or an administrator of an enclosing area.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class SignInTest {


    @BeforeEach
    void launcherTokens() throws Exception {
        Files.writeString(Path.of("target", "test-dev-tokens.env"), "TOWNSHIP_TOKEN=" + TestTokens.township("445322100") + "\nCOUNTY_ADMIN_TOKEN=" + TestTokens.countyAdmin("445322") + "\n", StandardCharsets.UTF_8);
    }

    private static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void oneClickSignsInAsADevelopmentUser() {
        given().get("/ui/sign-in").then().statusCode(200).body(containsString("以 县级管理员 445322 登录"))
                .body(containsString("以 乡镇（街道）用户 445322100 登录"));
        Response signedIn = given().redirects().follow(false).header("Origin", origin())
                .formParam("user", "COUNTY_ADMIN_TOKEN").post("/ui/sign-in");
        signedIn.then().statusCode(303).header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"));
        String cookie = signedIn.getCookie(SignIn.COOKIE);
        given().cookie(SignIn.COOKIE, cookie).get("/ui").then().statusCode(200)
                .body(containsString("管理员 445322"));
        given().redirects().follow(false).header("Origin", origin()).cookie(SignIn.COOKIE, cookie)
                .post("/ui/sign-out").then().statusCode(303).header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void aFormFromAnotherSiteIsRefused() {
        given().redirects().follow(false).header("Origin", "https://evil.example")
                .formParam("user", "COUNTY_ADMIN_TOKEN").post("/ui/sign-in").then().statusCode(403);
        given().redirects().follow(false).formParam("user", "COUNTY_ADMIN_TOKEN").post("/ui/sign-in").then()
                .statusCode(403);
        given().redirects().follow(false).header("Origin", origin()).formParam("user", "NOBODY").post("/ui/sign-in")
                .then().statusCode(400);
    }

    @Test
    void theReportViewIsForItsTownshipAndItsCountysAdministrators() {
        String path = "/ui/townships/445322100/2023/report";
        given().redirects().follow(false).get(path).then().statusCode(303)
                .header("Location", containsString("/ui/sign-in"));
        given().cookie(SignIn.COOKIE, TestTokens.township("445322101")).get(path).then().statusCode(403)
                .body(containsString("无权查看"));
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("4401")).get(path).then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.reader()).get(path).then().statusCode(403);
        // its own township passes the check; the text then comes from submission-service, not running here
        given().cookie(SignIn.COOKIE, TestTokens.township("445322100")).get(path).then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(503)));
        given().auth().oauth2(TestTokens.township("445322101")).get(path).then().statusCode(403);
    }

    @Test
    void theReviewPagesAreForTheAreasAdministratorsOnly() {
        String path = "/ui/review/445322/2023";
        given().redirects().follow(false).get(path).then().statusCode(303)
                .header("Location", containsString("/ui/sign-in"));
        given().cookie(SignIn.COOKIE, TestTokens.township("445322100")).get(path).then().statusCode(403)
                .body(containsString("无权查看"));
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("445321")).get(path).then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("445321")).redirects().follow(false)
                .header("Origin", origin()).formParam("reason", "x").post(path + "/lock").then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("445322")).redirects().follow(false)
                .header("Origin", "https://evil.example").formParam("reason", "x").post(path + "/lock").then()
                .statusCode(403);
        // an administrator of the county passes; the forms' services (submission, indicator) are not running here
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("4453")).get(path).then().statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void uploadIsForTownshipAndCountyOffices() {
        given().redirects().follow(false).get("/ui/upload").then().statusCode(303)
                .header("Location", containsString("/ui/sign-in"));
        given().cookie(SignIn.COOKIE, TestTokens.reader()).get("/ui/upload").then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.township("445322100")).get("/ui/upload").then().statusCode(200)
                .body(containsString("multiple"));
        given().cookie(SignIn.COOKIE, TestTokens.reader()).header("Origin", origin()).multiPart("file", "a.txt",
                "全年开展普法活动5次。".getBytes(StandardCharsets.UTF_8)).post("/ui/upload").then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.township("445322100")).header("Origin", "https://evil.example")
                .multiPart("file", "a.txt", "x".getBytes(StandardCharsets.UTF_8)).post("/ui/upload").then()
                .statusCode(403);
    }

    @Test
    void anUploadsProgressIsForTheOfficesThatMaySubmitForItsTownship() {
        String path = "/ui/upload/progress/445322100/2023/1";
        given().redirects().follow(false).get(path).then().statusCode(303)
                .header("Location", containsString("/ui/sign-in"));
        given().cookie(SignIn.COOKIE, TestTokens.reader()).get(path).then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.township("445322101")).get(path).then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("4401")).get(path).then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.township("445322100")).get(path).then().statusCode(200)
                .body(containsString("等待读取"));
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("445322")).get(path).then().statusCode(200);
    }

    @Test
    void bulkUploadIsForTownshipAndCountyOfficesAndNeedsAFile() {
        given().redirects().follow(false).get("/ui/upload/jobs/1").then().statusCode(303)
                .header("Location", containsString("/ui/sign-in"));
        given().cookie(SignIn.COOKIE, TestTokens.reader()).get("/ui/upload/jobs/1").then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.reader()).header("Origin", origin())
                .multiPart("files", "a.zip", new byte[] {'P', 'K', 3, 4}).post("/ui/upload/jobs").then().statusCode(403);
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("445322")).header("Origin", origin())
                .multiPart("other", "x").post("/ui/upload/jobs").then().statusCode(400)
                .body(containsString("请选择至少一个文件"));
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("445322")).get("/ui/upload").then().statusCode(200)
                .body(containsString("action=\"/ui/upload/jobs\""));
    }

    @Test
    void aTownshipOfficeReadsItsOwnReportsStatuses() {
        given().redirects().follow(false).get("/ui/reports").then().statusCode(303);
        given().cookie(SignIn.COOKIE, TestTokens.countyAdmin("445322")).get("/ui/reports").then().statusCode(403);
        // a township passes; its statuses come from submission-service, not running here
        given().cookie(SignIn.COOKIE, TestTokens.township("445322100")).get("/ui/reports").then().statusCode(503);
    }
}
