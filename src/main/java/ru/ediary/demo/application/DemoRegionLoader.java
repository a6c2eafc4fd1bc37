package ru.ediary.demo.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ru.ediary.importing.application.JournalImport;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;

/**
 * Loads the demo region on first start, in the background so that the server is up at once; the start page
 * shows progress. Everything enters through the journal import, as real data would. Loading is idempotent: a
 * server stopped half-way completes it on the next start.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoRegionLoader {

    /** The school the journal simulator's account writes to. */
    public static final String SIMULATOR_SCHOOL = "47-saba-sosh";
    private static final Logger LOG = Logger.getLogger(DemoRegionLoader.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Inject
    DemoRegionStatus status;

    @Inject
    SchoolRegistry registry;

    @Inject
    JournalImport journalImport;

    @Inject
    DemoResultHistory history;

    @Inject
    DemoFamilies families;

    @Inject
    DemoAccounts accounts;

    private volatile Future<?> loading;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        if (!demoWanted()) {
            int locked = accounts.lockAll();
            LOG.info("Demo region is off (server variable ediary.demo is not true)"
                    + (locked > 0 ? "; demo accounts locked: " + locked : ""));
            return;
        }
        if (accounts.complete()) {
            status.moveTo(DemoRegionStatus.Stage.READY, "");
            return;
        }
        status.moveTo(DemoRegionStatus.Stage.LOADING, "");
        loading = executor.submit(this::load);
    }

    /** The application is stopping: the next start finishes the loading (it is idempotent). */
    @PreDestroy
    void stop() {
        stopping = true;
        if (loading != null) {
            loading.cancel(true);
        }
    }

    private void load() {
        Instant started = Instant.now();
        try {
            LocalDate today = LocalDate.now(clock);
            registry.region(DemoSchoolPlan.REGION_CODE, DemoSchoolPlan.REGION_NAME);
            long primarySchool = 0;
            for (DemoSchoolPlan plan : List.of(DemoSchoolPlan.RABITICY, DemoSchoolPlan.VOLOSOVO)) {
                status.moveTo(DemoRegionStatus.Stage.LOADING, plan.shortName());
                long schoolId = registry.school(DemoSchoolPlan.REGION_CODE, plan.code(), plan.name(), plan.shortName(),
                        plan.topLevel(), plan.address());
                primarySchool = primarySchool == 0 ? schoolId : primarySchool;
                DemoSchoolJournal journal = new DemoJournalGenerator().generate(plan, today);
                List<ImportResult> results = journalImport.applyAll(schoolId, journal.records());
                results.stream().filter(ImportResult::isRejected).limit(5)
                        .forEach(r -> LOG.warning("Demo record rejected: " + r.message()));
                families.register(schoolId, journal.guardians(), today.withMonth(9).withDayOfMonth(1)
                        .minusYears(today.getMonthValue() < 9 ? 1 : 0));
                try {
                    history.replay(schoolId, journal);
                } catch (RuntimeException e) {
                    // the demo's results then look as if all arrived today: worse figures, but a working demo
                    LOG.log(Level.WARNING, "The demo's result history could not be replayed", e);
                }
                LOG.info("Demo school " + plan.shortName() + ": " + results.size() + " records");
            }
            // Empty until the journal simulator (see README) fills it through the SOAP exchange.
            long simulatorSchool = registry.school(DemoSchoolPlan.REGION_CODE, SIMULATOR_SCHOOL,
                    "Муниципальное общеобразовательное учреждение «Сабская средняя общеобразовательная школа»",
                    "МОУ «Сабская СОШ»", EducationLevel.SECONDARY,
                    "Ленинградская область, Волосовский муниципальный район");
            accounts.create(primarySchool, simulatorSchool, DemoSchoolPlan.REGION_CODE);
            status.moveTo(DemoRegionStatus.Stage.READY, "");
            LOG.info("Demo region loaded in " + Duration.between(started, Instant.now()).toSeconds() + " s");
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.info("Demo region loading stopped with the application; the next start completes it");
                return;
            }
            LOG.log(Level.SEVERE, "Demo region could not be loaded", e);
            status.moveTo(DemoRegionStatus.Stage.FAILED, e.getMessage());
        }
    }

    /** The server variable ediary.demo, published as the JNDI entry ediary/demo; on unless set to false. */
    /**
     * Only when asked for in so many words: the demo accounts' passwords are public, so a server whose configuration
     * lost the variable must start without them (fail closed). `mvn liberty:run` and the test servers set it.
     */
    static boolean demoWanted() {
        try {
            return "true".equalsIgnoreCase(String.valueOf(new InitialContext().lookup("ediary/demo")).trim());
        } catch (NamingException notConfigured) {
            return false;
        }
    }
}
