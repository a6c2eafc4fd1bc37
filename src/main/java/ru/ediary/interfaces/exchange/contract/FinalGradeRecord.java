
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A final grade for a reporting period. Record kind finalGrade.
 * 
 * <p>Java class for FinalGradeRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="FinalGradeRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="period" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="value" type="{urn:ru:ediary:exchange:journal:1}GradeValue" minOccurs="0"/>
 *         <element name="resultDate" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "FinalGradeRecord", propOrder = {
    "student",
    "subject",
    "period",
    "value",
    "resultDate"
})
public class FinalGradeRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The student: sourcedId of a student record.
     * 
     */
    protected String student;
    /**
     * Required for an active record. The subject: sourcedId of a subject record.
     * 
     */
    protected String subject;
    /**
     * Required for an active record. The reporting period: sourcedId of an academicPeriod record of the school year of the student's class (otherwise OUTSIDE_SCHOOL_YEAR) that has begun by the day of the import (otherwise PERIOD_NOT_STARTED).
     * 
     */
    protected String period;
    /**
     * Required for an active record. The grade: 1–5 or н/а, осв, зач, незач.
     * 
     */
    protected String value;
    /**
     * Required for an active record. Date the grade was given, not before the start of the period and not after the day of the import (otherwise RESULT_DATE_IN_FUTURE).
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar resultDate;

    /**
     * Required for an active record. The student: sourcedId of a student record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getStudent() {
        return student;
    }

    /**
     * Sets the value of the student property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getStudent()
     */
    public void setStudent(String value) {
        this.student = value;
    }

    /**
     * Required for an active record. The subject: sourcedId of a subject record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSubject() {
        return subject;
    }

    /**
     * Sets the value of the subject property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSubject()
     */
    public void setSubject(String value) {
        this.subject = value;
    }

    /**
     * Required for an active record. The reporting period: sourcedId of an academicPeriod record of the school year of the student's class (otherwise OUTSIDE_SCHOOL_YEAR) that has begun by the day of the import (otherwise PERIOD_NOT_STARTED).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getPeriod() {
        return period;
    }

    /**
     * Sets the value of the period property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getPeriod()
     */
    public void setPeriod(String value) {
        this.period = value;
    }

    /**
     * Required for an active record. The grade: 1–5 or н/а, осв, зач, незач.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getValue() {
        return value;
    }

    /**
     * Sets the value of the value property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getValue()
     */
    public void setValue(String value) {
        this.value = value;
    }

    /**
     * Required for an active record. Date the grade was given, not before the start of the period and not after the day of the import (otherwise RESULT_DATE_IN_FUTURE).
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getResultDate() {
        return resultDate;
    }

    /**
     * Sets the value of the resultDate property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getResultDate()
     */
    public void setResultDate(XMLGregorianCalendar value) {
        this.resultDate = value;
    }

}
