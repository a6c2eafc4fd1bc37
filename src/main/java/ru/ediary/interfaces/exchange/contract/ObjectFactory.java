
package ru.ediary.interfaces.exchange.contract;

import javax.xml.namespace.QName;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlElementDecl;
import jakarta.xml.bind.annotation.XmlRegistry;


/**
 * This object contains factory methods for each 
 * Java content interface and Java element interface 
 * generated in the ru.ediary.interfaces.exchange.contract package. 
 * <p>An ObjectFactory allows you to programmatically 
 * construct new instances of the Java representation 
 * for XML content. The Java representation of XML 
 * content can consist of schema derived interfaces 
 * and classes representing the binding of schema 
 * type definitions, element declarations and model 
 * groups.  Factory methods for each of these are 
 * provided in this class.
 * 
 */
@XmlRegistry
public class ObjectFactory {

    private static final QName _ExchangeFault_QNAME = new QName("urn:ru:ediary:exchange:journal:1", "exchangeFault");

    /**
     * Create a new ObjectFactory that can be used to create new instances of schema derived classes for package: ru.ediary.interfaces.exchange.contract
     * 
     */
    public ObjectFactory() {
    }

    /**
     * Create an instance of {@link SubmitBatch }
     * 
     * @return
     *     the new instance of {@link SubmitBatch }
     */
    public SubmitBatch createSubmitBatch() {
        return new SubmitBatch();
    }

    /**
     * Create an instance of {@link BatchRecords }
     * 
     * @return
     *     the new instance of {@link BatchRecords }
     */
    public BatchRecords createBatchRecords() {
        return new BatchRecords();
    }

    /**
     * Create an instance of {@link SubmitBatchResponse }
     * 
     * @return
     *     the new instance of {@link SubmitBatchResponse }
     */
    public SubmitBatchResponse createSubmitBatchResponse() {
        return new SubmitBatchResponse();
    }

    /**
     * Create an instance of {@link BatchReceipt }
     * 
     * @return
     *     the new instance of {@link BatchReceipt }
     */
    public BatchReceipt createBatchReceipt() {
        return new BatchReceipt();
    }

    /**
     * Create an instance of {@link GetReceipt }
     * 
     * @return
     *     the new instance of {@link GetReceipt }
     */
    public GetReceipt createGetReceipt() {
        return new GetReceipt();
    }

    /**
     * Create an instance of {@link GetReceiptResponse }
     * 
     * @return
     *     the new instance of {@link GetReceiptResponse }
     */
    public GetReceiptResponse createGetReceiptResponse() {
        return new GetReceiptResponse();
    }

    /**
     * Create an instance of {@link Reconcile }
     * 
     * @return
     *     the new instance of {@link Reconcile }
     */
    public Reconcile createReconcile() {
        return new Reconcile();
    }

    /**
     * Create an instance of {@link ReconcileResponse }
     * 
     * @return
     *     the new instance of {@link ReconcileResponse }
     */
    public ReconcileResponse createReconcileResponse() {
        return new ReconcileResponse();
    }

    /**
     * Create an instance of {@link ExchangeFaultDetail }
     * 
     * @return
     *     the new instance of {@link ExchangeFaultDetail }
     */
    public ExchangeFaultDetail createExchangeFaultDetail() {
        return new ExchangeFaultDetail();
    }

    /**
     * Create an instance of {@link SchoolYearRecord }
     * 
     * @return
     *     the new instance of {@link SchoolYearRecord }
     */
    public SchoolYearRecord createSchoolYearRecord() {
        return new SchoolYearRecord();
    }

    /**
     * Create an instance of {@link AcademicPeriodRecord }
     * 
     * @return
     *     the new instance of {@link AcademicPeriodRecord }
     */
    public AcademicPeriodRecord createAcademicPeriodRecord() {
        return new AcademicPeriodRecord();
    }

    /**
     * Create an instance of {@link TeacherRecord }
     * 
     * @return
     *     the new instance of {@link TeacherRecord }
     */
    public TeacherRecord createTeacherRecord() {
        return new TeacherRecord();
    }

    /**
     * Create an instance of {@link SubjectRecord }
     * 
     * @return
     *     the new instance of {@link SubjectRecord }
     */
    public SubjectRecord createSubjectRecord() {
        return new SubjectRecord();
    }

    /**
     * Create an instance of {@link SchoolClassRecord }
     * 
     * @return
     *     the new instance of {@link SchoolClassRecord }
     */
    public SchoolClassRecord createSchoolClassRecord() {
        return new SchoolClassRecord();
    }

    /**
     * Create an instance of {@link StudentRecord }
     * 
     * @return
     *     the new instance of {@link StudentRecord }
     */
    public StudentRecord createStudentRecord() {
        return new StudentRecord();
    }

    /**
     * Create an instance of {@link StudyGroupRecord }
     * 
     * @return
     *     the new instance of {@link StudyGroupRecord }
     */
    public StudyGroupRecord createStudyGroupRecord() {
        return new StudyGroupRecord();
    }

    /**
     * Create an instance of {@link StudyGroupMemberRecord }
     * 
     * @return
     *     the new instance of {@link StudyGroupMemberRecord }
     */
    public StudyGroupMemberRecord createStudyGroupMemberRecord() {
        return new StudyGroupMemberRecord();
    }

    /**
     * Create an instance of {@link IndividualPlanRecord }
     * 
     * @return
     *     the new instance of {@link IndividualPlanRecord }
     */
    public IndividualPlanRecord createIndividualPlanRecord() {
        return new IndividualPlanRecord();
    }

    /**
     * Create an instance of {@link LessonTypeRecord }
     * 
     * @return
     *     the new instance of {@link LessonTypeRecord }
     */
    public LessonTypeRecord createLessonTypeRecord() {
        return new LessonTypeRecord();
    }

    /**
     * Create an instance of {@link WorkTypeRecord }
     * 
     * @return
     *     the new instance of {@link WorkTypeRecord }
     */
    public WorkTypeRecord createWorkTypeRecord() {
        return new WorkTypeRecord();
    }

    /**
     * Create an instance of {@link AttendanceCodeRecord }
     * 
     * @return
     *     the new instance of {@link AttendanceCodeRecord }
     */
    public AttendanceCodeRecord createAttendanceCodeRecord() {
        return new AttendanceCodeRecord();
    }

    /**
     * Create an instance of {@link TeachingAssignmentRecord }
     * 
     * @return
     *     the new instance of {@link TeachingAssignmentRecord }
     */
    public TeachingAssignmentRecord createTeachingAssignmentRecord() {
        return new TeachingAssignmentRecord();
    }

    /**
     * Create an instance of {@link CurriculumPlanRecord }
     * 
     * @return
     *     the new instance of {@link CurriculumPlanRecord }
     */
    public CurriculumPlanRecord createCurriculumPlanRecord() {
        return new CurriculumPlanRecord();
    }

    /**
     * Create an instance of {@link TimetableEntryRecord }
     * 
     * @return
     *     the new instance of {@link TimetableEntryRecord }
     */
    public TimetableEntryRecord createTimetableEntryRecord() {
        return new TimetableEntryRecord();
    }

    /**
     * Create an instance of {@link HolidayRecord }
     * 
     * @return
     *     the new instance of {@link HolidayRecord }
     */
    public HolidayRecord createHolidayRecord() {
        return new HolidayRecord();
    }

    /**
     * Create an instance of {@link LessonRecord }
     * 
     * @return
     *     the new instance of {@link LessonRecord }
     */
    public LessonRecord createLessonRecord() {
        return new LessonRecord();
    }

    /**
     * Create an instance of {@link TimetableChangeRecord }
     * 
     * @return
     *     the new instance of {@link TimetableChangeRecord }
     */
    public TimetableChangeRecord createTimetableChangeRecord() {
        return new TimetableChangeRecord();
    }

    /**
     * Create an instance of {@link MarkRecord }
     * 
     * @return
     *     the new instance of {@link MarkRecord }
     */
    public MarkRecord createMarkRecord() {
        return new MarkRecord();
    }

    /**
     * Create an instance of {@link AttendanceRecord }
     * 
     * @return
     *     the new instance of {@link AttendanceRecord }
     */
    public AttendanceRecord createAttendanceRecord() {
        return new AttendanceRecord();
    }

    /**
     * Create an instance of {@link HomeworkRecord }
     * 
     * @return
     *     the new instance of {@link HomeworkRecord }
     */
    public HomeworkRecord createHomeworkRecord() {
        return new HomeworkRecord();
    }

    /**
     * Create an instance of {@link RecommendationRecord }
     * 
     * @return
     *     the new instance of {@link RecommendationRecord }
     */
    public RecommendationRecord createRecommendationRecord() {
        return new RecommendationRecord();
    }

    /**
     * Create an instance of {@link ControlWorkRecord }
     * 
     * @return
     *     the new instance of {@link ControlWorkRecord }
     */
    public ControlWorkRecord createControlWorkRecord() {
        return new ControlWorkRecord();
    }

    /**
     * Create an instance of {@link FinalGradeRecord }
     * 
     * @return
     *     the new instance of {@link FinalGradeRecord }
     */
    public FinalGradeRecord createFinalGradeRecord() {
        return new FinalGradeRecord();
    }

    /**
     * Create an instance of {@link DeferralRecord }
     * 
     * @return
     *     the new instance of {@link DeferralRecord }
     */
    public DeferralRecord createDeferralRecord() {
        return new DeferralRecord();
    }

    /**
     * Create an instance of {@link ExamResultRecord }
     * 
     * @return
     *     the new instance of {@link ExamResultRecord }
     */
    public ExamResultRecord createExamResultRecord() {
        return new ExamResultRecord();
    }

    /**
     * Create an instance of {@link GuardianRecord }
     * 
     * @return
     *     the new instance of {@link GuardianRecord }
     */
    public GuardianRecord createGuardianRecord() {
        return new GuardianRecord();
    }

    /**
     * Create an instance of {@link GuardianLinkRecord }
     * 
     * @return
     *     the new instance of {@link GuardianLinkRecord }
     */
    public GuardianLinkRecord createGuardianLinkRecord() {
        return new GuardianLinkRecord();
    }

    /**
     * Create an instance of {@link ReceiptLine }
     * 
     * @return
     *     the new instance of {@link ReceiptLine }
     */
    public ReceiptLine createReceiptLine() {
        return new ReceiptLine();
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link ExchangeFaultDetail }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link ExchangeFaultDetail }{@code >}
     */
    @XmlElementDecl(namespace = "urn:ru:ediary:exchange:journal:1", name = "exchangeFault")
    public JAXBElement<ExchangeFaultDetail> createExchangeFault(ExchangeFaultDetail value) {
        return new JAXBElement<>(_ExchangeFault_QNAME, ExchangeFaultDetail.class, null, value);
    }

}
