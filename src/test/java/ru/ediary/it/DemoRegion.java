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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(PATIENCE);
        String page = "";
        while (Instant.now().isBefore(deadline)) {
            page = http.send(HttpRequest.newBuilder(URI.create(base + "index.xhtml")).timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (!page.contains("id=\"demoLoading\"") && page.contains("data-code")) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the demo region did not finish loading within " + PATIENCE + "; page: " + page);
    }
}
