package ru.ediary.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    private final CookieManager cookies;

    private WebSession(HttpClient http, URL base, CookieManager cookies) {
        this.http = http;
        this.base = base;
        this.cookies = cookies;
    }

    /** A session that holds only the given cookies, as a client replaying them would (nothing signed in here). */
    public static WebSession withCookies(URL base, List<HttpCookie> replayed) {
        CookieManager cookies = new CookieManager();
        replayed.forEach(cookie -> cookies.getCookieStore().add(URI.create(base.toString()), cookie));
        return new WebSession(client(cookies), base, cookies);
    }

    /** The cookies this session holds now (the session cookie, a sign-in token). */
    public List<HttpCookie> cookies() {
        return List.copyOf(cookies.getCookieStore().getCookies());
    }

    private static HttpClient client(CookieManager cookies) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10)).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static WebSession signIn(URL base, String login, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = client(cookies);
        WebSession session = new WebSession(http, base, cookies);
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
        return get(page, new String[0]);
    }

    /** The same with request headers (name, value, name, value …), e.g. what a browser says of the request's origin. */
    public HttpResponse<String> get(String page, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + page))
                .timeout(java.time.Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
