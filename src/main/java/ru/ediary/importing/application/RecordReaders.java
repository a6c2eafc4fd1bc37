package ru.ediary.importing.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.ediary.importing.application.readers.AcademicPeriodReader;
import ru.ediary.importing.application.readers.AttendanceCodeReader;
import ru.ediary.importing.application.readers.AttendanceReader;
import ru.ediary.importing.application.readers.ControlWorkReader;
import ru.ediary.importing.application.readers.CurriculumPlanReader;
import ru.ediary.importing.application.readers.DeferralReader;
import ru.ediary.importing.application.readers.ExamResultReader;
import ru.ediary.importing.application.readers.FinalGradeReader;
import ru.ediary.importing.application.readers.GuardianLinkReader;
import ru.ediary.importing.application.readers.GuardianReader;
import ru.ediary.importing.application.readers.HolidayReader;
import ru.ediary.importing.application.readers.HomeworkReader;
import ru.ediary.importing.application.readers.IndividualPlanReader;
import ru.ediary.importing.application.readers.LessonReader;
import ru.ediary.importing.application.readers.LessonTypeReader;
import ru.ediary.importing.application.readers.MarkReader;
import ru.ediary.importing.application.readers.RecommendationReader;
import ru.ediary.importing.application.readers.SchoolClassReader;
import ru.ediary.importing.application.readers.SchoolYearReader;
import ru.ediary.importing.application.readers.StudentReader;
import ru.ediary.importing.application.readers.StudyGroupMemberReader;
import ru.ediary.importing.application.readers.StudyGroupReader;
import ru.ediary.importing.application.readers.SubjectReader;
import ru.ediary.importing.application.readers.TeacherReader;
import ru.ediary.importing.application.readers.TeachingAssignmentReader;
import ru.ediary.importing.application.readers.TimetableChangeReader;
import ru.ediary.importing.application.readers.TimetableEntryReader;
import ru.ediary.importing.application.readers.WorkTypeReader;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.RecordReader;

/** The reader of every record kind; readers are stateless, so one set serves every import. */
public final class RecordReaders {

    private RecordReaders() {
    }

    public static Map<RecordKind, RecordReader<?>> all() {
        Map<RecordKind, RecordReader<?>> readers = new EnumMap<>(RecordKind.class);
        for (RecordReader<?> reader : List.of(
                new SchoolYearReader(), new AcademicPeriodReader(), new TeacherReader(), new SubjectReader(),
                new SchoolClassReader(), new StudentReader(), new StudyGroupReader(), new StudyGroupMemberReader(),
                new IndividualPlanReader(), new LessonTypeReader(), new WorkTypeReader(), new AttendanceCodeReader(),
                new TeachingAssignmentReader(), new CurriculumPlanReader(), new TimetableEntryReader(),
                new HolidayReader(), new LessonReader(), new TimetableChangeReader(), new MarkReader(),
                new AttendanceReader(), new HomeworkReader(), new RecommendationReader(), new ControlWorkReader(),
                new FinalGradeReader(), new DeferralReader(), new ExamResultReader(), new GuardianReader(),
                new GuardianLinkReader())) {
            readers.put(reader.kind(), reader);
        }
        if (readers.size() != RecordKind.values().length) {
            throw new IllegalStateException("a record kind has no reader");
        }
        return readers;
    }
}
