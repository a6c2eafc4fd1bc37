package ru.ediary.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.family.application.DeliveryEligibility;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.identity.model.Account;
import ru.ediary.identity.model.AccountRepository;
import ru.ediary.school.model.Student;

/**
 * Whose diary a signed-in account may read: a guardian their linked children, and only while their consent to the
 * processing of personal data stands; a student only themself. Every refusal is written to the audit log.
 */
@ApplicationScoped
public class CabinetAccess {

    @Inject
    AccountRepository accounts;

    @Inject
    GuardianRepository guardians;

    @Inject
    DeliveryEligibility eligibility;

    @Inject
    AuditLog audit;

    /** A child the account may see, as the cabinet's child switcher shows it. */
    public record Child(long studentId, String fullName, String firstName, String className, long schoolId) {

        /** For Faces pages: Expression Language 5 does not read record components. */
        public long getStudentId() {
            return studentId;
        }

        public String getFullName() {
            return fullName;
        }

        public String getFirstName() {
            return firstName;
        }

        public String getClassName() {
            return className;
        }
    }

    /**
     * What the cabinet shows a signed-in account. {@code open} is false for a guardian without given consent: then
     * {@code children} is empty and the page explains how to give consent and that paper extracts remain.
     * {@code schoolId} is the account's school, where a refused request is audited.
     */
    public record Cabinet(boolean open, DeliveryPlan plan, List<Child> children, Long schoolId) {

        public boolean isOpen() {
            return open;
        }

        /** The guardian's delivery plan; null for a student. */
        public DeliveryPlan getPlan() {
            return plan;
        }

        public List<Child> getChildren() {
            return children;
        }
    }

    @Transactional
    public Cabinet cabinet(String login) {
        Account account = accounts.byLogin(login).orElseThrow(() -> new AccessDenied("no account " + login));
        Long schoolId = account.getSchool() == null ? null : account.getSchool().getId();
        if (account.getGuardian() != null) {
            DeliveryPlan plan = eligibility.plan(account.getGuardian());
            if (!plan.isConsentGiven()) {
                return new Cabinet(false, plan, List.of(), schoolId);
            }
            return new Cabinet(true, plan, guardians.links(account.getGuardian()).stream()
                    .map(link -> child(link.getStudent())).toList(), schoolId);
        }
        if (account.getStudent() != null && !account.getStudent().isDeleted()) {
            return new Cabinet(true, null, List.of(child(account.getStudent())), schoolId);
        }
        return new Cabinet(false, null, List.of(), schoolId);
    }

    /**
     * The child with this id if the account may see it now; otherwise {@link AccessDenied}, after an audit entry
     * («ACCESS_DENIED», the requested id and the address it came from).
     */
    @Transactional(dontRollbackOn = AccessDenied.class)
    public Child requireChild(String login, long studentId, String remoteAddress) {
        return requireChild(cabinet(login), login, studentId, remoteAddress);
    }

    /**
     * The same decision on a cabinet this service has just given the page for this request, so that a page does not
     * work out the account's consent and children twice.
     */
    @Transactional(dontRollbackOn = AccessDenied.class)
    public Child requireChild(Cabinet cabinet, String login, long studentId, String remoteAddress) {
        Optional<Child> allowed = cabinet.children().stream().filter(c -> c.studentId() == studentId).findFirst();
        if (allowed.isPresent()) {
            return allowed.get();
        }
        audit.record(login, "ACCESS_DENIED", cabinet.schoolId(), "student:" + studentId,
                "cabinet asked for a child the account may not see", remoteAddress);
        throw new AccessDenied("student " + studentId + " is not visible to " + login);
    }

    private static Child child(Student student) {
        return new Child(student.getId(), student.getName().full(), student.getName().getFirstName(),
                student.getSchoolClass() == null ? "" : student.getSchoolClass().getName(),
                student.getSchool().getId());
    }
}
