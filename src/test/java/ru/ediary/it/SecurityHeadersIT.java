package ru.ediary.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Every answer carries the headers that keep a diary's pages to this site and out of caches, and the pages work
 * under the Content-Security-Policy: no page of the cabinet or the office produces a policy violation in Chromium's
 * console. (Reads the demo region only.)
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    /** HTTP/1.1, as browsers speak over plain HTTP (no h2c upgrade). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.ediary();
    }

    @ArquillianResource
    URL base;

    @Test
    void pagesAreNotFramedSniffedCachedOrLeakedAndSayTheyAreRussian() throws Exception {
        DemoRegion.awaitLoaded(base);
        for (String page : List.of("", "index.xhtml", "login.xhtml")) {
            HttpResponse<String> response = get(base + page);
            String where = page.isEmpty() ? "/" : page;
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")
                    && p.contains("object-src 'none'")), where + ": " + policies);
            assertEquals("DENY", header(response, "X-Frame-Options"), where);
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), where);
            assertEquals("same-origin", header(response, "Referrer-Policy"), where);
            assertTrue(header(response, "Cache-Control").startsWith("no-store"), where);
        }
        HttpResponse<String> start = get(base + "index.xhtml");
        assertEquals("ru", header(start, "Content-Language"));
        assertTrue(header(start, "Content-Type").toLowerCase().contains("charset=utf-8"), "the pages stay UTF-8");

        HttpResponse<String> css = get(base + "resources/css/ediary.css");
        assertEquals(200, css.statusCode());
        assertFalse("no-store".equals(css.headers().firstValue("Cache-Control").orElse("")),
                "static files hold nothing personal and may be cached");
        assertEquals("nosniff", header(css, "X-Content-Type-Options"));
    }

    @Test
    void aMissingPageIsARussianPageThatNamesNoServer() throws Exception {
        for (String missing : List.of("no-such-page.xhtml", "no/such/file.txt")) {
            HttpResponse<String> response = get(base + missing);
            assertEquals(404, response.statusCode(), missing);
            assertTrue(response.body().contains("Страница не найдена"), missing + ": " + response.body());
            for (String internal : List.of("SRVE", "Error 404", "java.io", "FileNotFound", "Liberty", "WebSphere",
                    "Stack", "\tat ")) {
                assertFalse(response.body().contains(internal), missing + " shows " + internal);
            }
        }
        HttpResponse<String> start = get(base + "login.xhtml");
        assertTrue(start.headers().firstValue("X-Powered-By").isEmpty(), "X-Powered-By: " + start.headers().map());
        String server = start.headers().firstValue("Server").orElse("");
        assertFalse(server.contains("Liberty") || server.contains("WebSphere"), "Server: " + server);
        List<String> cookies = start.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("SameSite=Lax")
                && c.contains("HttpOnly")), "the session cookie: " + cookies);
    }

    @Test
    void anOfficePageOpenedFromAnotherSiteReadsNothingInTheStaffsName() throws Exception {
        DemoRegion.awaitLoaded(base);
        WebSession staff = WebSession.signIn(base, "demo.admin", "demo.admin");
        String page = "admin/paper.xhtml"; // the guardians on paper, by name: a read of personal data

        HttpResponse<String> fromElsewhere = staff.get(page, "Sec-Fetch-Site", "cross-site");
        assertTrue(fromElsewhere.uri().getPath().endsWith("/admin/index.xhtml"), fromElsewhere.uri().toString());
        assertFalse(fromElsewhere.body().contains("id=\"paperCount\""), "the paper list was not shown");

        HttpResponse<String> fromHere = staff.get(page, "Sec-Fetch-Site", "same-origin");
        assertTrue(fromHere.uri().toString().endsWith(page), fromHere.uri().toString());
        assertTrue(fromHere.body().contains("id=\"paperCount\""), "the office's own link opens it");
    }

    /**
     * The test servers allow plain HTTP from this machine only (ediary.plainHttp=local), as `mvn liberty:run` does;
     * a request the local proxy (Liberty's remoteIp trusts this machine) forwards for another machine is what a
     * production server sees from everyone.
     */
    @Test
    void anotherMachineIsSentToHttpsAndItsSoapMessageRefusedOverPlainHttp() throws Exception {
        String elsewhere = "203.0.113.5";
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml?from=mail"))
                .header("X-Forwarded-For", elsewhere).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(301, page.statusCode(), page.body());
        assertEquals("https://localhost:" + Integer.getInteger("it.https.port", 9544) + base.getPath()
                + "login.xhtml?from=mail", header(page, "Location"));

        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", elsewhere).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=a&j_password=b"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, form.statusCode(), "a form sent in the clear is refused, not redirected to be sent again");

        HttpResponse<String> soap = HTTP.send(HttpRequest.newBuilder(URI.create(base + "exchange/JournalExchange"))
                .header("X-Forwarded-For", elsewhere).header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(
                        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header/>"
                                + "<soap:Body/></soap:Envelope>")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(500, soap.statusCode());
        assertTrue(soap.body().contains("TRANSPORT_NOT_SECURE"), soap.body());

        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://"
                        + base.getAuthority() + "/health")).header("X-Forwarded-For", elsewhere)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(health.statusCode() == 200 || health.statusCode() == 503, "a load balancer's plain check");

        // a proxy in front that ended TLS says so, and the page is served
        HttpResponse<String> proxied = HTTP.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-For", elsewhere).header("X-Forwarded-Proto", "https")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, proxied.statusCode());
        // and this machine itself may use plain HTTP
        assertEquals(200, get(base + "login.xhtml").statusCode());
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttps() throws Exception {
        URI secure = URI.create("https://localhost:" + Integer.getInteger("it.https.port", 9544)
                + base.getPath() + "index.xhtml");
        HttpResponse<String> response = trustingLocalCertificate().send(HttpRequest.newBuilder(secure)
                        .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        String hsts = header(response, "Strict-Transport-Security");
        assertTrue(hsts.startsWith("max-age=31536000"), hsts);
    }

    @Test
    void noPageOfTheCabinetOrTheOfficeBreaksTheContentSecurityPolicy() throws Exception {
        DemoRegion.awaitLoaded(base);
        List<String> violations = new ArrayList<>();
        WebDriver browser = Browser.open();
        try {
            visit(browser, "", violations);
            visit(browser, "login.xhtml", violations);
            Browser.signIn(browser, base, "demo.parent", "demo.parent");
            for (String page : List.of("index", "week", "marks", "final-grades", "timetable", "control-works",
                    "teachers", "holidays", "recommendations", "consent", "settings", "notifications")) {
                visit(browser, "parent/" + page + ".xhtml", violations);
            }
            browser.manage().deleteAllCookies();
            Browser.signIn(browser, base, "demo.admin", "demo.admin");
            for (String page : List.of("index", "guardians", "consents", "paper", "extracts", "final-grades",
                    "curriculum", "results", "publication", "outbox", "audit", "accounts")) {
                visit(browser, "admin/" + page + ".xhtml", violations);
            }
            visit(browser, "admin/guardians.xhtml", violations);
            browser.findElement(By.id("search:name")).sendKeys("Смирнова");
            Browser.clickAndAwaitNewPage(browser, browser.findElement(By.id("search:find")));
            String card = browser.findElement(By.cssSelector("a[href*='guardian.xhtml?id=']")).getAttribute("href");
            assertNotNull(card);
            browser.get(card);
            Browser.awaitLoaded(browser);
            violations.addAll(policyViolations(browser, "guardian card"));
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), violations);
    }

    private void visit(WebDriver browser, String page, List<String> violations) {
        browser.get(base + page);
        Browser.awaitLoaded(browser);
        violations.addAll(policyViolations(browser, page));
    }

    private static List<String> policyViolations(WebDriver browser, String page) {
        return Browser.consoleErrors(browser).stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .map(m -> page + ": " + m).toList();
    }

    private static HttpResponse<String> get(String address) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " on "
                + response.uri() + ": " + response.headers().map()));
    }

    /** Liberty's generated certificate is self-signed: the test trusts it, for localhost only. */
    private static HttpClient trustingLocalCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("");
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .sslContext(context).sslParameters(parameters).build();
    }
}
