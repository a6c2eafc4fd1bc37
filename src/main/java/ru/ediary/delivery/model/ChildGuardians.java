package ru.ediary.delivery.model;

import java.util.List;
import ru.ediary.family.model.Guardian;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.Student;

/** Who hears about a child, and which children a lesson is taught to. */
public interface ChildGuardians {

    /** Guardians linked to the student by links neither the journal nor staff removed. */
    List<Guardian> of(Student student);

    /** The students a class, group or individual plan reaches. */
    List<Student> taughtTo(Audience audience);

    /**
     * Whether any guardian of the school has ever given consent: a shortcut that spares a school without consents
     * (a fresh import) every per-guardian lookup. It decides nothing; the delivery plan does.
     */
    boolean anyoneConsentedIn(long schoolId);

    Student student(long studentId);

    Guardian guardian(long guardianId);
}
