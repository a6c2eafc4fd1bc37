package ru.ediary.importing.model;

import static ru.ediary.importing.model.FieldSpec.opt;
import static ru.ediary.importing.model.FieldSpec.req;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ru.ediary.assessment.model.Deferral;
import ru.ediary.assessment.model.ExamResult;
import ru.ediary.assessment.model.FinalGrade;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.journal.model.Attendance;
import ru.ediary.journal.model.AttendanceCode;
import ru.ediary.journal.model.ControlWork;
import ru.ediary.journal.model.Homework;
import ru.ediary.journal.model.Lesson;
import ru.ediary.journal.model.LessonType;
import ru.ediary.journal.model.Mark;
import ru.ediary.journal.model.Recommendation;
import ru.ediary.journal.model.TimetableChange;
import ru.ediary.journal.model.WorkType;
import ru.ediary.school.model.AcademicPeriod;
import ru.ediary.school.model.CurriculumPlanItem;
import ru.ediary.school.model.Holiday;
import ru.ediary.school.model.IndividualPlan;
import ru.ediary.school.model.SchoolClass;
import ru.ediary.school.model.SchoolRecord;
import ru.ediary.school.model.SchoolYear;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.StudyGroup;
import ru.ediary.school.model.StudyGroupMember;
import ru.ediary.school.model.Subject;
import ru.ediary.school.model.Teacher;
import ru.ediary.school.model.TeachingAssignment;
import ru.ediary.school.model.TimetableEntry;

/**
 * Every kind of record the journal sends, with the fields each carries. References name the target's
 * {@code sourcedId}; dates are ISO ({@code 2026-09-01}), times {@code HH:mm}, enumerations by name.
 * Declared in dependency order: a batch sorted by kind never refers forward.
 */
public enum RecordKind {
    SCHOOL_YEAR(SchoolYear.class, req("name"), req("startsOn"), req("endsOn")),
    ACADEMIC_PERIOD(AcademicPeriod.class, req("schoolYear"), opt("parent"), req("kind"), req("ordinal"), req("name"),
            req("startsOn"), req("endsOn")),
    TEACHER(Teacher.class, req("lastName"), req("firstName"), opt("middleName"), opt("position")),
    SUBJECT(Subject.class, req("name"), opt("shortName")),
    SCHOOL_CLASS(SchoolClass.class, req("schoolYear"), req("name"), req("grade"), req("periodKind"),
            opt("classTeacher")),
    STUDENT(Student.class, req("lastName"), req("firstName"), opt("middleName"), opt("birthDate"), req("class")),
    STUDY_GROUP(StudyGroup.class, req("class"), opt("subject"), req("name")),
    STUDY_GROUP_MEMBER(StudyGroupMember.class, req("group"), req("student")),
    INDIVIDUAL_PLAN(IndividualPlan.class, req("student"), req("name"), opt("basis"), req("validFrom"), opt("validTo")),
    LESSON_TYPE(LessonType.class, req("name"), opt("controlWork")),
    WORK_TYPE(WorkType.class, req("name"), req("weight")),
    ATTENDANCE_CODE(AttendanceCode.class, req("code"), req("name"), opt("excused"), opt("present")),
    TEACHING_ASSIGNMENT(TeachingAssignment.class, req("teacher"), req("subject"), opt("class"), opt("group"),
            opt("plan")),
    CURRICULUM_PLAN(CurriculumPlanItem.class, req("subject"), opt("class"), opt("group"), opt("plan"), req("period"),
            req("plannedLessons")),
    TIMETABLE_ENTRY(TimetableEntry.class, opt("class"), opt("group"), opt("plan"), req("subject"), opt("teacher"),
            req("weekday"), req("slot"), req("startsAt"), req("endsAt"), opt("room"), req("validFrom"),
            opt("validTo")),
    HOLIDAY(Holiday.class, req("schoolYear"), req("name"), req("startsOn"), req("endsOn"), opt("onlyGrade")),
    LESSON(Lesson.class, opt("class"), opt("group"), opt("plan"), req("subject"), opt("teacher"), req("date"),
            req("slot"), opt("startsAt"), opt("endsAt"), opt("room"), opt("topic"), opt("lessonType"), req("status")),
    TIMETABLE_CHANGE(TimetableChange.class, req("kind"), req("lesson"), opt("originalTeacher"), opt("originalDate"),
            opt("originalSlot"), req("reason")),
    MARK(Mark.class, req("student"), req("lesson"), req("value"), opt("date"), opt("workType"), opt("weight"),
            opt("comment")),
    ATTENDANCE(Attendance.class, req("student"), req("lesson"), req("code")),
    HOMEWORK(Homework.class, req("lesson"), req("dueOn"), req("text")),
    RECOMMENDATION(Recommendation.class, req("student"), req("teacher"), opt("subject"), req("givenOn"), req("text")),
    CONTROL_WORK(ControlWork.class, opt("class"), opt("group"), opt("plan"), req("subject"), req("period"),
            req("plannedOn"), req("topic"), opt("workType")),
    FINAL_GRADE(FinalGrade.class, req("student"), req("subject"), req("period"), req("value"), req("resultDate")),
    DEFERRAL(Deferral.class, req("student"), req("subject"), req("period"), req("reason"), req("deadline")),
    EXAM_RESULT(ExamResult.class, req("student"), req("subject"), req("examName"), req("examDate"), opt("score"),
            opt("mark"), req("resultDate")),
    GUARDIAN(Guardian.class, req("lastName"), req("firstName"), opt("middleName")),
    GUARDIAN_LINK(GuardianLink.class, req("guardian"), req("student"), req("relation"), opt("basisDocument"));

    private final Class<? extends SchoolRecord> entityType;
    private final Map<String, FieldSpec> fields = new LinkedHashMap<>();

    RecordKind(Class<? extends SchoolRecord> entityType, FieldSpec... fields) {
        this.entityType = entityType;
        for (FieldSpec field : fields) {
            this.fields.put(field.name(), field);
        }
    }

    public Class<? extends SchoolRecord> entityType() {
        return entityType;
    }

    public Map<String, FieldSpec> fields() {
        return fields;
    }

    /** «mark» for MARK, «schoolClass» for SCHOOL_CLASS: how messages and the exchange name the kind. */
    public String label() {
        StringBuilder label = new StringBuilder();
        for (String part : name().toLowerCase().split("_")) {
            label.append(label.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return label.toString();
    }

    public static Optional<RecordKind> ofEntity(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.entityType == type).findFirst();
    }
}
