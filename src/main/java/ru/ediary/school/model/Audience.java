package ru.ediary.school.model;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * Whom something is taught to: a whole class, a study group, or one student's individual plan — exactly one.
 */
@Embeddable
public class Audience {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private StudyGroup studyGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private IndividualPlan individualPlan;

    protected Audience() {
    }

    private Audience(SchoolClass schoolClass, StudyGroup studyGroup, IndividualPlan individualPlan) {
        this.schoolClass = schoolClass;
        this.studyGroup = studyGroup;
        this.individualPlan = individualPlan;
    }

    public static Audience of(SchoolClass schoolClass, StudyGroup studyGroup, IndividualPlan individualPlan) {
        int given = (schoolClass == null ? 0 : 1) + (studyGroup == null ? 0 : 1) + (individualPlan == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("exactly one of class, group, individual plan is required");
        }
        return new Audience(schoolClass, studyGroup, individualPlan);
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public StudyGroup getStudyGroup() {
        return studyGroup;
    }

    public IndividualPlan getIndividualPlan() {
        return individualPlan;
    }

    /** The class the audience belongs to (a group's class, a plan's student's class). */
    public SchoolClass owningClass() {
        if (schoolClass != null) {
            return schoolClass;
        }
        if (studyGroup != null) {
            return studyGroup.getSchoolClass();
        }
        return individualPlan.getStudent().getSchoolClass();
    }

    /** «3Б», «5А — английский, группа 1», «ИУП: Петров П.». */
    public String label() {
        if (schoolClass != null) {
            return schoolClass.getName();
        }
        if (studyGroup != null) {
            return studyGroup.getSchoolClass().getName() + " — " + studyGroup.getName();
        }
        return individualPlan.getName();
    }
}
