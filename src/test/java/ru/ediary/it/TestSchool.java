package ru.ediary.it;

import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import ru.ediary.school.application.SchoolRegistry;
import ru.ediary.school.model.EducationLevel;

/**
 * A school of one test class's own, in a test region apart from the demo region, so that no test class depends on
 * what another wrote or on the order of classes (used inside the container; add this class to the deployment).
 */
public final class TestSchool {

    public static final String REGION = "it-region";

    private TestSchool() {
    }

    /** The school with this code, created on first use; its id. */
    public static long create(SchoolRegistry registry, String code) {
        registry.region(REGION, "Тестовая область");
        return registry.school(REGION, code, "Муниципальное общеобразовательное учреждение «Школа " + code + "»",
                "МОУ «Школа " + code + "»", EducationLevel.SECONDARY, "Тестовая область, тестовый район");
    }

    /** Runs {@code work} in a JTA transaction of its own (inside the container). */
    public static <T> T inTransaction(Callable<T> work) throws Exception {
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception | Error e) {
            tx.rollback();
            throw e;
        }
    }
}
