package ru.ediary.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waits for the demo region, which the server loads in the background on its first start. */
public final class DemoRegion {

    private static final Duration PATIENCE = Duration.ofMinutes(8);

    private DemoRegion() {
    }

    public static void awaitLoaded(URL base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(PATIENCE);
        String page = "";
        while (Instant.now().isBefore(deadline)) {
            page = http.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (!page.contains("id=\"demoLoading\"") && page.contains("data-code")) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the demo region did not finish loading within " + PATIENCE + "; page: " + page);
    }
}
