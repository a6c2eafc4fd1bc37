package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.family.model.Consent;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ConsentState;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.platform.Refusal;
import ru.ediary.platform.SchoolTime;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Records decisions on personal-data processing into the append-only ledger, each with its evidence: a signed
 * paper or an electronic document system (entered by staff, with the document's reference), or the cabinet.
 */
@ApplicationScoped
public class ConsentRegister {

    /** The version of the consent text guardians currently sign. */
    public static final String CURRENT_TEXT_VERSION = "2026-1";

    @Inject
    Clock clock;

    @Inject
    GuardianRepository guardians;

    @Inject
    SchoolDirectory schools;

    @Inject
    AuditLog audit;

    /** A decision a guardian gave the school in writing or through an electronic document system. */
    @Transactional
    public Consent recordDocumented(long schoolId, long guardianId, ConsentDecision decision, ConsentForm form,
                                    LocalDate decidedOn, String documentRef, String actor, String remoteAddress) {
        Guardian guardian = SchoolGuardians.require(guardians, schoolId, guardianId);
        if (form == ConsentForm.CABINET || form == null) {
            throw new Refusal("consent.form.required");
        }
        if (decision == null) {
            throw new Refusal("consent.decision.required");
        }
        if (documentRef == null || documentRef.isBlank()) {
            throw new Refusal("consent.document.required");
        }
        if (documentRef.trim().length() > 200) {
            throw new Refusal("consent.document.tooLong");
        }
        if (decidedOn == null) {
            throw new Refusal("consent.date.required");
        }
        if (decidedOn.isAfter(LocalDate.now(clock.withZone(SchoolTime.ZONE)))) {
            throw new Refusal("consent.date.future");
        }
        if (decision == ConsentDecision.WITHDRAWN && !isGiven(guardian)) {
            throw new Refusal("consent.withdraw.notGiven");
        }
        return record(guardian, decision, form, decidedOn, documentRef.trim(), actor, remoteAddress);
    }

    /** The guardian gives consent in the cabinet after reading the text of {@link #CURRENT_TEXT_VERSION}. */
    @Transactional
    public Consent giveInCabinet(long guardianId, String actor, String remoteAddress) {
        Guardian guardian = guardians.byId(guardianId).orElseThrow(() -> new Refusal("guardian.unknown", guardianId));
        return record(guardian, ConsentDecision.GIVEN, ConsentForm.CABINET, today(),
                cabinetEvidence(actor, remoteAddress), actor, remoteAddress);
    }

    /** The guardian withdraws consent in the cabinet: electronic delivery stops at once. */
    @Transactional
    public Consent withdrawInCabinet(long guardianId, String actor, String remoteAddress) {
        Guardian guardian = guardians.byId(guardianId).orElseThrow(() -> new Refusal("guardian.unknown", guardianId));
        if (!isGiven(guardian)) {
            throw new Refusal("consent.withdraw.notGiven");
        }
        return record(guardian, ConsentDecision.WITHDRAWN, ConsentForm.CABINET, today(),
                cabinetEvidence(actor, remoteAddress), actor, remoteAddress);
    }

    /** Used by the demo loader for the decisions the office registered from applications. */
    @Transactional
    public Consent record(Guardian guardian, ConsentDecision decision, ConsentForm form, LocalDate decidedOn,
                          String documentRef, String recordedBy) {
        return record(guardian, decision, form, decidedOn, documentRef, recordedBy, null);
    }

    @Transactional
    public boolean hasAnyDecision(Guardian guardian) {
        return !guardians.consents(guardian).isEmpty();
    }

    /** How many guardians of each class consented, refused or withdrew, and how many have not answered. */
    @Transactional
    public List<ClassConsent> summary(long schoolId) {
        School school = schools.school(schoolId).orElseThrow(() -> new Refusal("school.unknown", schoolId));
        List<GuardianLink> links = guardians.linksOf(school);
        Map<Long, List<Consent>> ledgers = guardians.consentsOf(school).stream()
                .collect(Collectors.groupingBy(c -> c.getGuardian().getId()));
        Map<String, Map<Long, ConsentDecision>> byClass = new TreeMap<>();
        Map<String, SchoolClass> classes = new HashMap<>();
        for (GuardianLink link : links) {
            SchoolClass schoolClass = link.getStudent().getSchoolClass();
            String key = schoolClass == null ? "" : schoolClass.sortKey();
            classes.putIfAbsent(key, schoolClass);
            byClass.computeIfAbsent(key, k -> new HashMap<>()).put(link.getGuardian().getId(),
                    ConsentState.current(ledgers.getOrDefault(link.getGuardian().getId(), List.of())).orElse(null));
        }
        List<ClassConsent> summary = new ArrayList<>();
        byClass.forEach((key, decisions) -> summary.add(new ClassConsent(
                classes.get(key) == null ? "—" : classes.get(key).getName(),
                count(decisions, ConsentDecision.GIVEN), count(decisions, ConsentDecision.REFUSED),
                count(decisions, ConsentDecision.WITHDRAWN), count(decisions, null))));
        return summary;
    }

    private static int count(Map<Long, ConsentDecision> decisions, ConsentDecision decision) {
        return (int) decisions.values().stream().filter(d -> d == decision).count();
    }

    /** One line of the consent summary. */
    public record ClassConsent(String className, int given, int refused, int withdrawn, int unanswered) {

        /** For Faces pages: Expression Language 5 does not read record components. */
        public String getClassName() {
            return className;
        }

        public int getGiven() {
            return given;
        }

        public int getRefused() {
            return refused;
        }

        public int getWithdrawn() {
            return withdrawn;
        }

        public int getUnanswered() {
            return unanswered;
        }

        public int getTotal() {
            return given + refused + withdrawn + unanswered;
        }
    }

    private boolean isGiven(Guardian guardian) {
        return ConsentState.current(guardians.consents(guardian)).orElse(null) == ConsentDecision.GIVEN;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private static String cabinetEvidence(String actor, String remoteAddress) {
        return "Личный кабинет: " + actor + (remoteAddress == null ? "" : ", " + remoteAddress);
    }

    private Consent record(Guardian guardian, ConsentDecision decision, ConsentForm form, LocalDate decidedOn,
                           String documentRef, String actor, String remoteAddress) {
        Consent consent = new Consent(guardian, decision, form, decidedOn, documentRef, CURRENT_TEXT_VERSION,
                clock.instant(), actor);
        guardians.add(consent);
        audit.record(actor, "CONSENT_" + decision, guardian.getSchool().getId(), SchoolGuardians.ref(guardian),
                form + (documentRef == null ? "" : ", " + documentRef) + ", текст " + CURRENT_TEXT_VERSION,
                remoteAddress);
        return consent;
    }
}
