package ru.ediary.family.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ru.ediary.family.model.DeliveryPlan;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.family.model.PaperReason;
import ru.ediary.platform.Refusal;
import ru.ediary.school.model.School;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.SchoolDirectory;

/**
 * Who must receive paper extracts, per class: guardians who refused or withdrew consent, have not answered, have no
 * cabinet account, or chose paper. It is the input of the paper-extract run, decided by {@link DeliveryEligibility}.
 */
@ApplicationScoped
public class PaperList {

    @Inject
    GuardianRepository guardians;

    @Inject
    SchoolDirectory schools;

    @Inject
    DeliveryEligibility eligibility;

    /** One guardian and child to receive paper. */
    public record Line(long guardianId, String guardianName, long studentId, String studentName,
                       PaperReason reason) {

        /** For Faces pages: Expression Language 5 does not read record components. */
        public long getGuardianId() {
            return guardianId;
        }

        public String getGuardianName() {
            return guardianName;
        }

        public long getStudentId() {
            return studentId;
        }

        public String getStudentName() {
            return studentName;
        }

        public PaperReason getReason() {
            return reason;
        }
    }

    /** The lines of one class. */
    public record ClassList(Long classId, String className, List<Line> lines) {

        /** The class's id, for the link to its extracts; null for children without a class. */
        public Long getClassId() {
            return classId;
        }

        public String getClassName() {
            return className;
        }

        public List<Line> getLines() {
            return lines;
        }
    }

    @Transactional
    public List<ClassList> of(long schoolId, Long classId) {
        School school = schools.school(schoolId).orElseThrow(() -> new Refusal("school.unknown", schoolId));
        Map<Long, DeliveryPlan> plans = eligibility.plans(schoolId);
        Map<String, List<Line>> byClass = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        Map<String, Long> ids = new TreeMap<>();
        for (GuardianLink link : guardians.linksOf(school)) {
            DeliveryPlan plan = plans.get(link.getGuardian().getId());
            SchoolClass schoolClass = link.getStudent().getSchoolClass();
            if (plan == null || !plan.isOnPaperList()
                    || (classId != null && (schoolClass == null || !classId.equals(schoolClass.getId())))) {
                continue;
            }
            String key = schoolClass == null ? "99" : schoolClass.sortKey();
            names.put(key, schoolClass == null ? "—" : schoolClass.getName());
            ids.put(key, schoolClass == null ? null : schoolClass.getId());
            byClass.computeIfAbsent(key, k -> new ArrayList<>()).add(new Line(link.getGuardian().getId(),
                    link.getGuardian().getName().full(), link.getStudent().getId(), link.getStudent().getName().full(),
                    plan.getPaperReason()));
        }
        List<ClassList> lists = new ArrayList<>();
        byClass.forEach((key, lines) -> {
            lines.sort(Comparator.comparing(Line::studentName).thenComparing(Line::guardianName));
            lists.add(new ClassList(ids.get(key), names.get(key), List.copyOf(lines)));
        });
        return lists;
    }
}
