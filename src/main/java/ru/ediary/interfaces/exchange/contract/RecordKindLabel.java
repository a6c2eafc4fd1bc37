
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Kind of journal record. Listed in dependency order: eDiary applies a batch's records in this order (records of one kind in batch order), so a record may refer to a record of an earlier kind in the same batch.
 * 
 * <p>Java class for RecordKindLabel</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="RecordKindLabel">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="schoolYear"/>
 *     <enumeration value="academicPeriod"/>
 *     <enumeration value="teacher"/>
 *     <enumeration value="subject"/>
 *     <enumeration value="schoolClass"/>
 *     <enumeration value="student"/>
 *     <enumeration value="studyGroup"/>
 *     <enumeration value="studyGroupMember"/>
 *     <enumeration value="individualPlan"/>
 *     <enumeration value="lessonType"/>
 *     <enumeration value="workType"/>
 *     <enumeration value="attendanceCode"/>
 *     <enumeration value="teachingAssignment"/>
 *     <enumeration value="curriculumPlan"/>
 *     <enumeration value="timetableEntry"/>
 *     <enumeration value="holiday"/>
 *     <enumeration value="lesson"/>
 *     <enumeration value="timetableChange"/>
 *     <enumeration value="mark"/>
 *     <enumeration value="attendance"/>
 *     <enumeration value="homework"/>
 *     <enumeration value="recommendation"/>
 *     <enumeration value="controlWork"/>
 *     <enumeration value="finalGrade"/>
 *     <enumeration value="deferral"/>
 *     <enumeration value="examResult"/>
 *     <enumeration value="guardian"/>
 *     <enumeration value="guardianLink"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "RecordKindLabel")
@XmlEnum
public enum RecordKindLabel {


    /**
     * A school year.
     * 
     */
    @XmlEnumValue("schoolYear")
    SCHOOL_YEAR("schoolYear"),

    /**
     * A reporting period (quarter, trimester, half-year, year) of a school year.
     * 
     */
    @XmlEnumValue("academicPeriod")
    ACADEMIC_PERIOD("academicPeriod"),

    /**
     * A teacher (member of the teaching staff) of the school.
     * 
     */
    @XmlEnumValue("teacher")
    TEACHER("teacher"),

    /**
     * A school subject.
     * 
     */
    @XmlEnumValue("subject")
    SUBJECT("subject"),

    /**
     * A class (form) in a school year, such as 3Б.
     * 
     */
    @XmlEnumValue("schoolClass")
    SCHOOL_CLASS("schoolClass"),

    /**
     * A student (pupil).
     * 
     */
    @XmlEnumValue("student")
    STUDENT("student"),

    /**
     * A group within a class (a class divided into sub-groups).
     * 
     */
    @XmlEnumValue("studyGroup")
    STUDY_GROUP("studyGroup"),

    /**
     * A student's membership of a group.
     * 
     */
    @XmlEnumValue("studyGroupMember")
    STUDY_GROUP_MEMBER("studyGroupMember"),

    /**
     * A student's individual curriculum plan.
     * 
     */
    @XmlEnumValue("individualPlan")
    INDIVIDUAL_PLAN("individualPlan"),

    /**
     * A type of lesson from the journal's catalogue.
     * 
     */
    @XmlEnumValue("lessonType")
    LESSON_TYPE("lessonType"),

    /**
     * A kind of work a mark is given for, with its weight.
     * 
     */
    @XmlEnumValue("workType")
    WORK_TYPE("workType"),

    /**
     * An attendance code from the journal's catalogue (such as «Н», «Б»).
     * 
     */
    @XmlEnumValue("attendanceCode")
    ATTENDANCE_CODE("attendanceCode"),

    /**
     * A teacher assigned to teach a subject to a class, a group or an individual plan.
     * 
     */
    @XmlEnumValue("teachingAssignment")
    TEACHING_ASSIGNMENT("teachingAssignment"),

    /**
     * A curriculum plan item: how many lessons of a subject are planned for a period.
     * 
     */
    @XmlEnumValue("curriculumPlan")
    CURRICULUM_PLAN("curriculumPlan"),

    /**
     * A timetable entry: a lesson that recurs every week.
     * 
     */
    @XmlEnumValue("timetableEntry")
    TIMETABLE_ENTRY("timetableEntry"),

    /**
     * A school holiday (vacation or public holiday) of a school year.
     * 
     */
    @XmlEnumValue("holiday")
    HOLIDAY("holiday"),

    /**
     * A lesson in the journal: held, planned or cancelled.
     * 
     */
    @XmlEnumValue("lesson")
    LESSON("lesson"),

    /**
     * A timetable change: a substitute teacher, a moved or a cancelled lesson. The lesson record already holds the state after the change; the change keeps what was replaced.
     * 
     */
    @XmlEnumValue("timetableChange")
    TIMETABLE_CHANGE("timetableChange"),

    /**
     * A student's mark for a lesson.
     * 
     */
    @XmlEnumValue("mark")
    MARK("mark"),

    /**
     * A student's attendance entry for a lesson.
     * 
     */
    @XmlEnumValue("attendance")
    ATTENDANCE("attendance"),

    /**
     * Homework set at a lesson.
     * 
     */
    @XmlEnumValue("homework")
    HOMEWORK("homework"),

    /**
     * A teacher's recommendation to a student.
     * 
     */
    @XmlEnumValue("recommendation")
    RECOMMENDATION("recommendation"),

    /**
     * A test (control work) in the schedule of assessments.
     * 
     */
    @XmlEnumValue("controlWork")
    CONTROL_WORK("controlWork"),

    /**
     * A final grade for a reporting period.
     * 
     */
    @XmlEnumValue("finalGrade")
    FINAL_GRADE("finalGrade"),

    /**
     * A deferred assessment (academic debt) in a subject for a period.
     * 
     */
    @XmlEnumValue("deferral")
    DEFERRAL("deferral"),

    /**
     * A result of an exam or a national test (OGE, EGE, VPR).
     * 
     */
    @XmlEnumValue("examResult")
    EXAM_RESULT("examResult"),

    /**
     * A parent or other legal guardian.
     * 
     */
    @XmlEnumValue("guardian")
    GUARDIAN("guardian"),

    /**
     * The link between a guardian and a student.
     * 
     */
    @XmlEnumValue("guardianLink")
    GUARDIAN_LINK("guardianLink");
    private final String value;

    RecordKindLabel(String v) {
        value = v;
    }

    /**
     * Gets the value associated to the enum constant.
     * 
     * @return
     *     The value linked to the enum.
     */
    public String value() {
        return value;
    }

    /**
     * Gets the enum associated to the value passed as parameter.
     * 
     * @param v
     *     The value to get the enum from.
     * @return
     *     The enum which corresponds to the value, if it exists.
     * @throws IllegalArgumentException
     *     If no value matches in the enum declaration.
     */
    public static RecordKindLabel fromValue(String v) {
        for (RecordKindLabel c: RecordKindLabel.values()) {
            if (c.value.equals(v)) {
                return c;
            }
        }
        throw new IllegalArgumentException(v);
    }

}
