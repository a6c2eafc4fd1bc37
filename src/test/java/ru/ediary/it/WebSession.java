package ru.ediary.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in HTTP session without a browser: signs in through the real Faces sign-in form (view state and all), then
 * fetches pages with the session cookie. Used where a test must see status codes, or runs inside the server.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final URL base;

    private WebSession(HttpClient http, URL base) {
        this.http = http;
        this.base = base;
    }

    public static WebSession signIn(URL base, String login, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        WebSession session = new WebSession(http, base);
        String form = session.get("login.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(form);
        if (!viewState.find()) {
            throw new AssertionError("no view state on the sign-in page: " + form);
        }
        // MyFaces decodes a form only when its «<form id>_SUBMIT» marker comes with it.
        String body = "login_SUBMIT=1&login%3Ausername=" + encode(login) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=" + encode("Войти") + "&jakarta.faces.ViewState=" + encode(viewState.group(1));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .timeout(java.time.Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.uri().getPath().endsWith("/login.xhtml")) {
            throw new AssertionError(login + " could not sign in: " + signedIn.body());
        }
        return session;
    }

    /** GET a page relative to the application's root, e.g. {@code parent/week.xhtml?student=7}. */
    public HttpResponse<String> get(String page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + page))
                .timeout(java.time.Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET a file relative to the application's root, as bytes (a PDF). */
    public HttpResponse<byte[]> getBytes(String page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + page))
                .timeout(java.time.Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
