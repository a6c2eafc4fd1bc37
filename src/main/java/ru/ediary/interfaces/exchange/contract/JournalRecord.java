
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;


/**
 * What every journal record has: identifier, version or modification time, status and school. A deleted record (recordStatus = deleted) carries no fields.
 * 
 * <p>Java class for JournalRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="JournalRecord">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="sourcedId" type="{urn:ru:ediary:exchange:journal:1}SourcedId"/>
 *         <choice>
 *           <element name="version" type="{urn:ru:ediary:exchange:journal:1}Version"/>
 *           <element name="lastModified" type="{urn:ru:ediary:exchange:journal:1}Timestamp"/>
 *         </choice>
 *         <element name="recordStatus" type="{urn:ru:ediary:exchange:journal:1}RecordStatus" minOccurs="0"/>
 *         <element name="school" type="{urn:ru:ediary:exchange:journal:1}SchoolCode" minOccurs="0"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "JournalRecord", propOrder = {
    "sourcedId",
    "version",
    "lastModified",
    "recordStatus",
    "school"
})
@XmlSeeAlso({
    SchoolYearRecord.class,
    AcademicPeriodRecord.class,
    TeacherRecord.class,
    SubjectRecord.class,
    SchoolClassRecord.class,
    StudentRecord.class,
    StudyGroupRecord.class,
    StudyGroupMemberRecord.class,
    IndividualPlanRecord.class,
    LessonTypeRecord.class,
    WorkTypeRecord.class,
    AttendanceCodeRecord.class,
    TeachingAssignmentRecord.class,
    CurriculumPlanRecord.class,
    TimetableEntryRecord.class,
    HolidayRecord.class,
    LessonRecord.class,
    TimetableChangeRecord.class,
    MarkRecord.class,
    AttendanceRecord.class,
    HomeworkRecord.class,
    RecommendationRecord.class,
    ControlWorkRecord.class,
    FinalGradeRecord.class,
    DeferralRecord.class,
    ExamResultRecord.class,
    GuardianRecord.class,
    GuardianLinkRecord.class
})
public abstract class JournalRecord {

    /**
     * The journal's stable identifier of the record. Required.
     * 
     */
    @XmlElement(required = true)
    protected String sourcedId;
    /**
     * Version of the record; eDiary stores it as it is.
     * 
     */
    protected Long version;
    /**
     * When the journal last changed the record, instead of version; eDiary stores it as the version: milliseconds since 1970-01-01T00:00:00Z.
     * 
     */
    @XmlSchemaType(name = "dateTime")
    protected XMLGregorianCalendar lastModified;
    /**
     * Status of the record; absent means active. (Named recordStatus, not status, because a lesson has a field status of its own.)
     * 
     */
    @XmlSchemaType(name = "string")
    protected RecordStatus recordStatus;
    /**
     * Code of the school the record belongs to; absent means the school of the sender's account. Another school's code: the record is rejected (FOREIGN_SCHOOL).
     * 
     */
    protected String school;

    /**
     * The journal's stable identifier of the record. Required.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSourcedId() {
        return sourcedId;
    }

    /**
     * Sets the value of the sourcedId property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSourcedId()
     */
    public void setSourcedId(String value) {
        this.sourcedId = value;
    }

    /**
     * Version of the record; eDiary stores it as it is.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getVersion() {
        return version;
    }

    /**
     * Sets the value of the version property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getVersion()
     */
    public void setVersion(Long value) {
        this.version = value;
    }

    /**
     * When the journal last changed the record, instead of version; eDiary stores it as the version: milliseconds since 1970-01-01T00:00:00Z.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getLastModified() {
        return lastModified;
    }

    /**
     * Sets the value of the lastModified property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getLastModified()
     */
    public void setLastModified(XMLGregorianCalendar value) {
        this.lastModified = value;
    }

    /**
     * Status of the record; absent means active. (Named recordStatus, not status, because a lesson has a field status of its own.)
     * 
     * @return
     *     possible object is
     *     {@link RecordStatus }
     *     
     */
    public RecordStatus getRecordStatus() {
        return recordStatus;
    }

    /**
     * Sets the value of the recordStatus property.
     * 
     * @param value
     *     allowed object is
     *     {@link RecordStatus }
     *     
     * @see #getRecordStatus()
     */
    public void setRecordStatus(RecordStatus value) {
        this.recordStatus = value;
    }

    /**
     * Code of the school the record belongs to; absent means the school of the sender's account. Another school's code: the record is rejected (FOREIGN_SCHOOL).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSchool() {
        return school;
    }

    /**
     * Sets the value of the school property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSchool()
     */
    public void setSchool(String value) {
        this.school = value;
    }

}
