package ru.ediary.importing.application.readers;

import ru.ediary.importing.model.RecordFields;
import ru.ediary.importing.model.RecordRejected;
import ru.ediary.school.model.Audience;
import ru.ediary.school.model.Student;
import ru.ediary.school.model.StudyGroup;

/** Checks that a record about a student concerns a class, group or lesson the student belongs to. */
final class Pupils {

    private Pupils() {
    }

    /** A mark or an absence is recorded only for a student the lesson was actually taught to. */
    static void attends(RecordFields fields, Student student, Audience audience) throws RecordRejected {
        boolean taught = audience.getIndividualPlan() != null
                ? audience.getIndividualPlan().getStudent() == student
                : student.getSchoolClass() == audience.owningClass();
        if (!taught) {
            throw fields.invalid("student", "student «" + student.getSourcedId() + "» of class "
                    + student.getSchoolClass().getName() + " was not taught this lesson of " + audience.label());
        }
    }

    /** A group is a part of one class: only that class's students can be its members. */
    static void mayJoin(RecordFields fields, Student student, StudyGroup group) throws RecordRejected {
        if (student.getSchoolClass() != group.getSchoolClass()) {
            throw fields.invalid("student", "student «" + student.getSourcedId() + "» of class "
                    + student.getSchoolClass().getName() + " cannot be a member of group «" + group.getName()
                    + "» of class " + group.getSchoolClass().getName());
        }
    }
}
