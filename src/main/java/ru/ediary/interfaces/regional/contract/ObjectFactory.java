
package ru.ediary.interfaces.regional.contract;

import javax.xml.namespace.QName;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlElementDecl;
import jakarta.xml.bind.annotation.XmlRegistry;


/**
 * This object contains factory methods for each 
 * Java content interface and Java element interface 
 * generated in the ru.ediary.interfaces.regional.contract package. 
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

    private static final QName _ReportingFault_QNAME = new QName("urn:ru:ediary:reporting:regional:1", "reportingFault");

    /**
     * Create a new ObjectFactory that can be used to create new instances of schema derived classes for package: ru.ediary.interfaces.regional.contract
     * 
     */
    public ObjectFactory() {
    }

    /**
     * Create an instance of {@link ListSchools }
     * 
     * @return
     *     the new instance of {@link ListSchools }
     */
    public ListSchools createListSchools() {
        return new ListSchools();
    }

    /**
     * Create an instance of {@link ListSchoolsResponse }
     * 
     * @return
     *     the new instance of {@link ListSchoolsResponse }
     */
    public ListSchoolsResponse createListSchoolsResponse() {
        return new ListSchoolsResponse();
    }

    /**
     * Create an instance of {@link SchoolCard }
     * 
     * @return
     *     the new instance of {@link SchoolCard }
     */
    public SchoolCard createSchoolCard() {
        return new SchoolCard();
    }

    /**
     * Create an instance of {@link GetSchoolYearReport }
     * 
     * @return
     *     the new instance of {@link GetSchoolYearReport }
     */
    public GetSchoolYearReport createGetSchoolYearReport() {
        return new GetSchoolYearReport();
    }

    /**
     * Create an instance of {@link PeriodRef }
     * 
     * @return
     *     the new instance of {@link PeriodRef }
     */
    public PeriodRef createPeriodRef() {
        return new PeriodRef();
    }

    /**
     * Create an instance of {@link GetSchoolYearReportResponse }
     * 
     * @return
     *     the new instance of {@link GetSchoolYearReportResponse }
     */
    public GetSchoolYearReportResponse createGetSchoolYearReportResponse() {
        return new GetSchoolYearReportResponse();
    }

    /**
     * Create an instance of {@link RegionalReport }
     * 
     * @return
     *     the new instance of {@link RegionalReport }
     */
    public RegionalReport createRegionalReport() {
        return new RegionalReport();
    }

    /**
     * Create an instance of {@link GetIndicatorSeries }
     * 
     * @return
     *     the new instance of {@link GetIndicatorSeries }
     */
    public GetIndicatorSeries createGetIndicatorSeries() {
        return new GetIndicatorSeries();
    }

    /**
     * Create an instance of {@link GetIndicatorSeriesResponse }
     * 
     * @return
     *     the new instance of {@link GetIndicatorSeriesResponse }
     */
    public GetIndicatorSeriesResponse createGetIndicatorSeriesResponse() {
        return new GetIndicatorSeriesResponse();
    }

    /**
     * Create an instance of {@link IndicatorPoint }
     * 
     * @return
     *     the new instance of {@link IndicatorPoint }
     */
    public IndicatorPoint createIndicatorPoint() {
        return new IndicatorPoint();
    }

    /**
     * Create an instance of {@link ReportingFaultDetail }
     * 
     * @return
     *     the new instance of {@link ReportingFaultDetail }
     */
    public ReportingFaultDetail createReportingFaultDetail() {
        return new ReportingFaultDetail();
    }

    /**
     * Create an instance of {@link ResultFigures }
     * 
     * @return
     *     the new instance of {@link ResultFigures }
     */
    public ResultFigures createResultFigures() {
        return new ResultFigures();
    }

    /**
     * Create an instance of {@link GradeLevelFigures }
     * 
     * @return
     *     the new instance of {@link GradeLevelFigures }
     */
    public GradeLevelFigures createGradeLevelFigures() {
        return new GradeLevelFigures();
    }

    /**
     * Create an instance of {@link SubjectFigures }
     * 
     * @return
     *     the new instance of {@link SubjectFigures }
     */
    public SubjectFigures createSubjectFigures() {
        return new SubjectFigures();
    }

    /**
     * Create an instance of {@link CompletenessFigures }
     * 
     * @return
     *     the new instance of {@link CompletenessFigures }
     */
    public CompletenessFigures createCompletenessFigures() {
        return new CompletenessFigures();
    }

    /**
     * Create an instance of {@link SubjectLessons }
     * 
     * @return
     *     the new instance of {@link SubjectLessons }
     */
    public SubjectLessons createSubjectLessons() {
        return new SubjectLessons();
    }

    /**
     * Create an instance of {@link LessonCounts }
     * 
     * @return
     *     the new instance of {@link LessonCounts }
     */
    public LessonCounts createLessonCounts() {
        return new LessonCounts();
    }

    /**
     * Create an instance of {@link LessonTypeCount }
     * 
     * @return
     *     the new instance of {@link LessonTypeCount }
     */
    public LessonTypeCount createLessonTypeCount() {
        return new LessonTypeCount();
    }

    /**
     * Create an instance of {@link LessonFigures }
     * 
     * @return
     *     the new instance of {@link LessonFigures }
     */
    public LessonFigures createLessonFigures() {
        return new LessonFigures();
    }

    /**
     * Create an instance of {@link PublicationFigures }
     * 
     * @return
     *     the new instance of {@link PublicationFigures }
     */
    public PublicationFigures createPublicationFigures() {
        return new PublicationFigures();
    }

    /**
     * Create an instance of {@link ConsentFigures }
     * 
     * @return
     *     the new instance of {@link ConsentFigures }
     */
    public ConsentFigures createConsentFigures() {
        return new ConsentFigures();
    }

    /**
     * Create an instance of {@link DeliveryFigures }
     * 
     * @return
     *     the new instance of {@link DeliveryFigures }
     */
    public DeliveryFigures createDeliveryFigures() {
        return new DeliveryFigures();
    }

    /**
     * Create an instance of {@link SchoolFigures }
     * 
     * @return
     *     the new instance of {@link SchoolFigures }
     */
    public SchoolFigures createSchoolFigures() {
        return new SchoolFigures();
    }

    /**
     * Create an instance of {@link JAXBElement }{@code <}{@link ReportingFaultDetail }{@code >}
     * 
     * @param value
     *     Java instance representing xml element's value.
     * @return
     *     the new instance of {@link JAXBElement }{@code <}{@link ReportingFaultDetail }{@code >}
     */
    @XmlElementDecl(namespace = "urn:ru:ediary:reporting:regional:1", name = "reportingFault")
    public JAXBElement<ReportingFaultDetail> createReportingFault(ReportingFaultDetail value) {
        return new JAXBElement<>(_ReportingFault_QNAME, ReportingFaultDetail.class, null, value);
    }

}
