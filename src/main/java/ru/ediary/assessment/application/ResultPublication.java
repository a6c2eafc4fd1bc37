package ru.ediary.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ediary.assessment.model.PublicationRecords;
import ru.ediary.family.application.DeliveryEligibility;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Stamps when final grades and exam results become visible (the 3-day rule's {@code visibleAt}). The cabinet reads
 * what is stored, so a result is visible to the student and every consenting guardian as soon as it is imported,
 * unless a guardian who consented to electronic delivery has no usable cabinet account: then the result is held
 * back for that child (the guardian is on the paper list and gets it in the next extract) and is stamped the first
 * pass after the account opens. Runs after every import that brought results, and every minute for all schools with
 * results not yet visible (an account opened, a consent withdrawn). Stamping only ever fills an empty
 * {@code visible_at}, so two instances passing at once do no harm.
 */
@ApplicationScoped
public class ResultPublication {

    private static final Logger LOG = Logger.getLogger(ResultPublication.class.getName());

    @Inject
    PublicationRecords records;

    @Inject
    DeliveryEligibility eligibility;

    @Inject
    GuardianRepository guardians;

    @Inject
    SchoolDirectory schools;

    @Inject
    Clock clock;

    /** This bean through its proxy: each school's stamping in a transaction of its own. */
    @Inject
    ResultPublication self;

    /** Stamps what is visible now in one school; returns how many results it stamped. */
    @Transactional
    public int publish(long schoolId) {
        return records.makeVisible(schoolId, heldBack(schoolId), clock.instant());
    }

    /** A pass over every school with results not yet visible; one school's failure does not stop the others. */
    public void publishPending() {
        for (long schoolId : records.schoolsWithResultsNotVisible()) {
            try {
                self.publish(schoolId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Publication pass failed for school " + schoolId, e);
            }
        }
    }

    /** Students with a guardian who consented to electronic delivery but cannot open the cabinet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Long> heldBack(long schoolId) {
        Map<Long, DeliveryPlan> plans = eligibility.plans(schoolId);
        Set<Long> students = new TreeSet<>();
        for (GuardianLink link : guardians.linksOf(schools.school(schoolId).orElseThrow())) {
            DeliveryPlan plan = plans.get(link.getGuardian().getId());
            if (plan != null && plan.isConsentGiven() && !plan.isCabinetOpen()) {
                students.add(link.getStudent().getId());
            }
        }
        return students;
    }
}
