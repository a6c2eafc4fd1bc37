package ru.ediary.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ru.ediary.audit.model.AuditTrail;
import ru.ediary.platform.SchoolTime;

/** What the school's staff read of the audit log: filtered, newest first, never changed. */
@ApplicationScoped
public class AuditBrowser {

    public static final int SHOWN = 500;

    @Inject
    AuditTrail trail;

    /** An entry as the page shows it, in Moscow time. */
    public record Line(LocalDateTime occurredAt, String actor, String action, String subjectRef, String details,
                       String remoteAddress) {

        /** For Faces pages: Expression Language 5 does not read record components. */
        public LocalDateTime getOccurredAt() {
            return occurredAt;
        }

        public String getActor() {
            return actor;
        }

        public String getAction() {
            return action;
        }

        public String getSubjectRef() {
            return subjectRef;
        }

        public String getDetails() {
            return details;
        }

        public String getRemoteAddress() {
            return remoteAddress;
        }
    }

    /** Dates are school days (Moscow): {@code to} is included. */
    @Transactional
    public List<Line> find(long schoolId, String actor, String action, String subject, LocalDate from, LocalDate to) {
        return trail.find(schoolId, blankToNull(actor), blankToNull(action), blankToNull(subject),
                        from == null ? null : from.atStartOfDay(SchoolTime.ZONE).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(SchoolTime.ZONE).toInstant(), SHOWN)
                .stream().map(e -> new Line(LocalDateTime.ofInstant(e.getOccurredAt(), SchoolTime.ZONE), e.getActor(),
                        e.getAction(), e.getSubjectRef(), e.getDetails(), e.getRemoteAddress())).toList();
    }

    @Transactional
    public List<String> actions(long schoolId) {
        return trail.actions(schoolId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
