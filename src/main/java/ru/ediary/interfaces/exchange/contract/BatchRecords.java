
package ru.ediary.interfaces.exchange.contract;

import java.util.ArrayList;
import java.util.List;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The batch's records in any order and any mix of kinds, at most 50,000 (otherwise the fault BATCH_TOO_LARGE). The element's name names the kind of record. Each record is applied whole or rejected whole; the receipt names records by their position in this list (from zero).
 * 
 * <p>Java class for BatchRecords complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="BatchRecords">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <choice maxOccurs="unbounded" minOccurs="0">
 *         <element name="schoolYear" type="{urn:ru:ediary:exchange:journal:1}SchoolYearRecord"/>
 *         <element name="academicPeriod" type="{urn:ru:ediary:exchange:journal:1}AcademicPeriodRecord"/>
 *         <element name="teacher" type="{urn:ru:ediary:exchange:journal:1}TeacherRecord"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SubjectRecord"/>
 *         <element name="schoolClass" type="{urn:ru:ediary:exchange:journal:1}SchoolClassRecord"/>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}StudentRecord"/>
 *         <element name="studyGroup" type="{urn:ru:ediary:exchange:journal:1}StudyGroupRecord"/>
 *         <element name="studyGroupMember" type="{urn:ru:ediary:exchange:journal:1}StudyGroupMemberRecord"/>
 *         <element name="individualPlan" type="{urn:ru:ediary:exchange:journal:1}IndividualPlanRecord"/>
 *         <element name="lessonType" type="{urn:ru:ediary:exchange:journal:1}LessonTypeRecord"/>
 *         <element name="workType" type="{urn:ru:ediary:exchange:journal:1}WorkTypeRecord"/>
 *         <element name="attendanceCode" type="{urn:ru:ediary:exchange:journal:1}AttendanceCodeRecord"/>
 *         <element name="teachingAssignment" type="{urn:ru:ediary:exchange:journal:1}TeachingAssignmentRecord"/>
 *         <element name="curriculumPlan" type="{urn:ru:ediary:exchange:journal:1}CurriculumPlanRecord"/>
 *         <element name="timetableEntry" type="{urn:ru:ediary:exchange:journal:1}TimetableEntryRecord"/>
 *         <element name="holiday" type="{urn:ru:ediary:exchange:journal:1}HolidayRecord"/>
 *         <element name="lesson" type="{urn:ru:ediary:exchange:journal:1}LessonRecord"/>
 *         <element name="timetableChange" type="{urn:ru:ediary:exchange:journal:1}TimetableChangeRecord"/>
 *         <element name="mark" type="{urn:ru:ediary:exchange:journal:1}MarkRecord"/>
 *         <element name="attendance" type="{urn:ru:ediary:exchange:journal:1}AttendanceRecord"/>
 *         <element name="homework" type="{urn:ru:ediary:exchange:journal:1}HomeworkRecord"/>
 *         <element name="recommendation" type="{urn:ru:ediary:exchange:journal:1}RecommendationRecord"/>
 *         <element name="controlWork" type="{urn:ru:ediary:exchange:journal:1}ControlWorkRecord"/>
 *         <element name="finalGrade" type="{urn:ru:ediary:exchange:journal:1}FinalGradeRecord"/>
 *         <element name="deferral" type="{urn:ru:ediary:exchange:journal:1}DeferralRecord"/>
 *         <element name="examResult" type="{urn:ru:ediary:exchange:journal:1}ExamResultRecord"/>
 *         <element name="guardian" type="{urn:ru:ediary:exchange:journal:1}GuardianRecord"/>
 *         <element name="guardianLink" type="{urn:ru:ediary:exchange:journal:1}GuardianLinkRecord"/>
 *       </choice>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "BatchRecords", propOrder = {
    "record"
})
public class BatchRecords {

    @XmlElements({
        @XmlElement(name = "schoolYear", type = SchoolYearRecord.class),
        @XmlElement(name = "academicPeriod", type = AcademicPeriodRecord.class),
        @XmlElement(name = "teacher", type = TeacherRecord.class),
        @XmlElement(name = "subject", type = SubjectRecord.class),
        @XmlElement(name = "schoolClass", type = SchoolClassRecord.class),
        @XmlElement(name = "student", type = StudentRecord.class),
        @XmlElement(name = "studyGroup", type = StudyGroupRecord.class),
        @XmlElement(name = "studyGroupMember", type = StudyGroupMemberRecord.class),
        @XmlElement(name = "individualPlan", type = IndividualPlanRecord.class),
        @XmlElement(name = "lessonType", type = LessonTypeRecord.class),
        @XmlElement(name = "workType", type = WorkTypeRecord.class),
        @XmlElement(name = "attendanceCode", type = AttendanceCodeRecord.class),
        @XmlElement(name = "teachingAssignment", type = TeachingAssignmentRecord.class),
        @XmlElement(name = "curriculumPlan", type = CurriculumPlanRecord.class),
        @XmlElement(name = "timetableEntry", type = TimetableEntryRecord.class),
        @XmlElement(name = "holiday", type = HolidayRecord.class),
        @XmlElement(name = "lesson", type = LessonRecord.class),
        @XmlElement(name = "timetableChange", type = TimetableChangeRecord.class),
        @XmlElement(name = "mark", type = MarkRecord.class),
        @XmlElement(name = "attendance", type = AttendanceRecord.class),
        @XmlElement(name = "homework", type = HomeworkRecord.class),
        @XmlElement(name = "recommendation", type = RecommendationRecord.class),
        @XmlElement(name = "controlWork", type = ControlWorkRecord.class),
        @XmlElement(name = "finalGrade", type = FinalGradeRecord.class),
        @XmlElement(name = "deferral", type = DeferralRecord.class),
        @XmlElement(name = "examResult", type = ExamResultRecord.class),
        @XmlElement(name = "guardian", type = GuardianRecord.class),
        @XmlElement(name = "guardianLink", type = GuardianLinkRecord.class)
    })
    protected List<JournalRecord> record;

    /**
     * Gets the value of the record property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the record property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getRecord().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link AcademicPeriodRecord }
     * {@link AttendanceCodeRecord }
     * {@link AttendanceRecord }
     * {@link ControlWorkRecord }
     * {@link CurriculumPlanRecord }
     * {@link DeferralRecord }
     * {@link ExamResultRecord }
     * {@link FinalGradeRecord }
     * {@link GuardianLinkRecord }
     * {@link GuardianRecord }
     * {@link HolidayRecord }
     * {@link HomeworkRecord }
     * {@link IndividualPlanRecord }
     * {@link LessonRecord }
     * {@link LessonTypeRecord }
     * {@link MarkRecord }
     * {@link RecommendationRecord }
     * {@link SchoolClassRecord }
     * {@link SchoolYearRecord }
     * {@link StudentRecord }
     * {@link StudyGroupMemberRecord }
     * {@link StudyGroupRecord }
     * {@link SubjectRecord }
     * {@link TeacherRecord }
     * {@link TeachingAssignmentRecord }
     * {@link TimetableChangeRecord }
     * {@link TimetableEntryRecord }
     * {@link WorkTypeRecord }
     * </p>
     * 
     * 
     * @return
     *     The value of the record property.
     */
    public List<JournalRecord> getRecord() {
        if (record == null) {
            record = new ArrayList<>();
        }
        return this.record;
    }

}
