package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.ediary.audit.application.AuditLog;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianAccounts;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.family.model.NameQuery;
import ru.ediary.family.model.Relation;
import ru.ediary.platform.Refusal;
import ru.ediary.school.model.PersonName;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.SchoolDirectory;
import ru.ediary.school.model.Student;

/**
 * The school office's register of guardians: finding them, adding one from an application, linking and unlinking
 * children. Staff see only their own school, and every look at a guardian's card (it shows children) is audited.
 */
@ApplicationScoped
public class GuardianRoster {

    /** Guardians the office adds get ids of their own, so they never collide with the journal's sourcedIds. */
    static final String OFFICE_ID_PREFIX = "office-";
    static final int SEARCH_LIMIT = 200;

    @Inject
    Clock clock;

    @Inject
    GuardianRepository guardians;

    @Inject
    GuardianAccounts accounts;

    @Inject
    SchoolDirectory schools;

    @Inject
    DeliveryEligibility eligibility;

    @Inject
    AuditLog audit;

    /** A line of the search result. */
    public record Found(long id, String fullName, String children, DeliveryPlan plan, boolean hasAccount) {

        /** For Faces pages: Expression Language 5 does not read record components. */
        public long getId() {
            return id;
        }

        public String getFullName() {
            return fullName;
        }

        public String getChildren() {
            return children;
        }

        public DeliveryPlan getPlan() {
            return plan;
        }

        public boolean isHasAccount() {
            return hasAccount;
        }
    }

    /** A class or a student to choose from on the staff forms. */
    public record Choice(long id, String label) {

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    /** Guardians whose name or child's name contains every word typed, optionally of one class. */
    @Transactional
    public List<Found> search(long schoolId, String name, Long classId) {
        School school = school(schoolId);
        NameQuery query = new NameQuery(name);
        Map<Long, DeliveryPlan> plans = eligibility.plans(schoolId);
        Set<Long> withAccount = accounts.guardiansWithUsableAccount(school);
        Map<Long, List<GuardianLink>> links = guardians.linksOf(school).stream()
                .collect(Collectors.groupingBy(l -> l.getGuardian().getId()));
        return guardians.guardiansOf(school).stream()
                .filter(g -> {
                    List<GuardianLink> own = links.getOrDefault(g.getId(), List.of());
                    return (classId == null || own.stream().anyMatch(l -> l.getStudent().getSchoolClass() != null
                            && classId.equals(l.getStudent().getSchoolClass().getId())))
                            && query.matches(g.getName(), own.stream().map(l -> l.getStudent().getName()).toList());
                })
                .limit(SEARCH_LIMIT)
                .map(g -> new Found(g.getId(), g.getName().full(),
                        links.getOrDefault(g.getId(), List.of()).stream().map(GuardianRoster::childLabel)
                                .collect(Collectors.joining("; ")),
                        plans.get(g.getId()), withAccount.contains(g.getId()))).toList();
    }

    /** The guardian's card; the look is audited, since it shows the children. */
    @Transactional
    public GuardianCard card(long schoolId, long guardianId, String actor, String remoteAddress) {
        Guardian guardian = SchoolGuardians.require(guardians, schoolId, guardianId);
        audit.record(actor, "STAFF_VIEW", schoolId, SchoolGuardians.ref(guardian), "карточка законного представителя",
                remoteAddress);
        return new GuardianCard(guardian.getId(), guardian.getName().full(),
                guardians.links(guardian).stream().map(l -> new GuardianCard.Link(l.getId(), l.getStudent().getId(),
                        l.getStudent().getName().full(), className(l.getStudent()), l.getRelation().name(),
                        l.getBasisDocument())).toList(),
                guardians.consents(guardian).stream().map(GuardianCard.ConsentEntry::of).toList(),
                guardians.contacts(guardian).stream().map(GuardianCard.Contact::of).toList(),
                guardians.chosenChannels(guardian), eligibility.plan(guardian),
                accounts.loginOf(guardian).orElse(null));
    }

    /** Adds a guardian from an application, with the child they represent and the document that proves it. */
    @Transactional
    public long create(long schoolId, String lastName, String firstName, String middleName, long studentId,
                       Relation relation, String basisDocument, String actor, String remoteAddress) {
        School school = school(schoolId);
        if (blank(lastName) || blank(firstName)) {
            throw new Refusal("guardian.name.required");
        }
        Student student = studentOfSchool(schoolId, studentId);
        Guardian guardian = new Guardian();
        guardian.identify(school, OFFICE_ID_PREFIX + UUID.randomUUID());
        guardian.stamp(0, false, clock.instant());
        guardian.define(new PersonName(lastName.trim(), firstName.trim(), blank(middleName) ? null : middleName.trim()));
        guardians.add(guardian);
        audit.record(actor, "GUARDIAN_CREATED", schoolId, "guardian:" + guardian.getSourcedId(),
                guardian.getName().full(), remoteAddress);
        addLink(guardian, student, relation, basisDocument, actor, remoteAddress);
        return guardian.getId();
    }

    @Transactional
    public void link(long schoolId, long guardianId, long studentId, Relation relation, String basisDocument,
                     String actor, String remoteAddress) {
        Guardian guardian = SchoolGuardians.require(guardians, schoolId, guardianId);
        Student student = studentOfSchool(schoolId, studentId);
        if (guardians.links(guardian).stream().anyMatch(l -> l.getStudent().getId().equals(student.getId()))) {
            throw new Refusal("link.duplicate", student.getName().full());
        }
        addLink(guardian, student, relation, basisDocument, actor, remoteAddress);
    }

    /** Removes a link; the row stays as a tombstone, so the history is kept and a stale replay cannot revive it. */
    @Transactional
    public void unlink(long schoolId, long linkId, String actor, String remoteAddress) {
        GuardianLink link = guardians.link(linkId).filter(l -> l.getSchool().getId() == schoolId)
                .orElseThrow(() -> new Refusal("link.unknown"));
        link.stamp(link.getSourceVersion(), true, clock.instant());
        audit.record(actor, "LINK_REMOVED", schoolId, SchoolGuardians.ref(link.getGuardian()),
                "ребёнок " + link.getStudent().getName().full() + " (student:" + link.getStudent().getId() + ")",
                remoteAddress);
    }

    @Transactional
    public List<Choice> classes(long schoolId) {
        return schools.classes(school(schoolId)).stream().map(c -> new Choice(c.getId(), c.getName())).toList();
    }

    @Transactional
    public List<Choice> students(long schoolId) {
        return schools.students(school(schoolId)).stream()
                .map(s -> new Choice(s.getId(), className(s) + " — " + s.getName().full())).toList();
    }

    private void addLink(Guardian guardian, Student student, Relation relation, String basisDocument, String actor,
                         String remoteAddress) {
        if (relation == null) {
            throw new Refusal("link.relation.required");
        }
        if (blank(basisDocument)) {
            throw new Refusal("link.basis.required");
        }
        if (basisDocument.trim().length() > 300) {
            throw new Refusal("link.basis.tooLong");
        }
        GuardianLink link = new GuardianLink();
        link.identify(guardian.getSchool(), OFFICE_ID_PREFIX + UUID.randomUUID());
        link.stamp(0, false, clock.instant());
        link.define(guardian, student, relation, basisDocument.trim());
        guardians.add(link);
        audit.record(actor, "LINK_ADDED", guardian.getSchool().getId(), SchoolGuardians.ref(guardian),
                relation + " ребёнка " + student.getName().full() + " (student:" + student.getId() + "), "
                        + basisDocument.trim(), remoteAddress);
    }

    private Student studentOfSchool(long schoolId, long studentId) {
        return schools.student(studentId).filter(s -> s.getSchool().getId() == schoolId)
                .orElseThrow(() -> new Refusal("link.student.otherSchool"));
    }

    private School school(long schoolId) {
        return schools.school(schoolId).orElseThrow(() -> new Refusal("school.unknown", schoolId));
    }

    private static String childLabel(GuardianLink link) {
        return link.getStudent().getName().full() + " (" + className(link.getStudent()) + ")";
    }

    private static String className(Student student) {
        SchoolClass schoolClass = student.getSchoolClass();
        return schoolClass == null ? "—" : schoolClass.getName();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
