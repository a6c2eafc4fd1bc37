package ru.ediary.it;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ediary.diary.application.ChildDiary;
import ru.ediary.diary.application.PeriodChoice;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.identity.application.AccountRegistry;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.SchoolDirectory;

/**
 * How fast the cabinet answers for a child with a whole school year of data: each read service, each page for one
 * guardian, and the week page under many guardians at once beside a static resource of the same server. Prints
 * figures and asserts nothing about time (DESIGN §10): {@code mvn verify -Pbenchmark} (README).
 */
@ExtendWith(ArquillianExtension.class)
class CabinetPagesBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 50);
    private static final int REQUESTS_PER_SESSION = Integer.getInteger("benchmark.requests", 20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ediary().addClasses(CabinetPagesBenchmark.class, WebSession.class, FullYearCabinet.class);
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    SchoolDirectory directory;

    @Inject
    ChildDiary diary;

    @Inject
    AccountRegistry accounts;

    @Inject
    GuardianRepository guardians;

    @Inject
    ConsentRegister consents;

    @ArquillianResource
    URL base;

    @Test
    void cabinetOfAFullYear() throws Exception {
        FullYearCabinet f = FullYearCabinet.prepare(registry, journalImport, directory, accounts, guardians, consents);
        PeriodChoice year = diary.marksBySubject(f.artem(), null, FullYearCabinet.LATE_MAY).periods().stream()
                .filter(p -> p.kind().equals("YEAR")).findFirst().orElseThrow();

        Map<String, Callable<?>> services = new LinkedHashMap<>();
        services.put("overview", () -> diary.overview(f.artem(), FullYearCabinet.LATE_MAY));
        services.put("week", () -> diary.week(f.artem(), FullYearCabinet.LATE_MAY));
        services.put("marks (year)", () -> diary.marksBySubject(f.artem(), year.id(), FullYearCabinet.LATE_MAY));
        services.put("final grades", () -> diary.finalGrades(f.artem(), FullYearCabinet.LATE_MAY));
        services.put("timetable", () -> diary.timetable(f.artem(), FullYearCabinet.LATE_MAY));
        services.put("control works", () -> diary.controlWorks(f.artem(), year.id(), FullYearCabinet.LATE_MAY));
        for (Map.Entry<String, Callable<?>> service : services.entrySet()) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                long t = System.nanoTime();
                service.getValue().call();
                micros.add((System.nanoTime() - t) / 1000);
            }
            report("service " + service.getKey(), micros);
        }

        WebSession parent = WebSession.signIn(base, f.parentLogin(), f.parentLogin());
        for (String page : FullYearCabinet.pages(f, year)) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                long t = System.nanoTime();
                HttpResponse<String> response = parent.get(page);
                micros.add((System.nanoTime() - t) / 1000);
                if (response.statusCode() != 200) {
                    throw new AssertionError(page + " answered " + response.statusCode());
                }
            }
            report("page " + page.replaceAll("\\?.*", ""), micros);
        }

        String week = FullYearCabinet.pages(f, year).get(1);
        report(SESSIONS + " guardians, static css", concurrently(f, "jakarta.faces.resource/css/ediary.css.xhtml"));
        report(SESSIONS + " guardians, week page", concurrently(f, week));
        Runtime runtime = Runtime.getRuntime();
        System.out.println(String.format("CabinetPagesBenchmark: server heap used %d MB of %d MB",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20));
    }

    /** Every guardian signs in (the same account: the page's work is the same), then asks for the page repeatedly. */
    private List<Long> concurrently(FullYearCabinet f, String page) throws Exception {
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(WebSession.signIn(base, f.parentLogin(), f.parentLogin()));
        }
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (WebSession session : sessions) {
                results.add(pool.submit(() -> {
                    List<Long> micros = new ArrayList<>();
                    for (int i = 0; i < REQUESTS_PER_SESSION; i++) {
                        long t = System.nanoTime();
                        try {
                            if (session.get(page).statusCode() != 200) {
                                failures.incrementAndGet();
                                continue;
                            }
                        } catch (IOException broken) {
                            failures.incrementAndGet();
                            continue;
                        }
                        micros.add((System.nanoTime() - t) / 1000);
                    }
                    return micros;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            System.out.println("CabinetPagesBenchmark: " + page + ": failed requests " + failures.get() + " of "
                    + SESSIONS * REQUESTS_PER_SESSION);
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String what, List<Long> micros) {
        Collections.sort(micros);
        // One println per line: Liberty's console splits a printf into pieces.
        System.out.println(String.format("CabinetPagesBenchmark: %-40s n=%4d  median %7.1f ms  p95 %7.1f ms"
                + "  p99 %7.1f ms", what, micros.size(), percentile(micros, 50), percentile(micros, 95),
                percentile(micros, 99)));
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
