
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A deferred assessment (academic debt) in a subject for a period. Record kind deferral.
 * 
 * <p>Java class for DeferralRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="DeferralRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="period" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="reason" type="{urn:ru:ediary:exchange:journal:1}Text300" minOccurs="0"/>
 *         <element name="deadline" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DeferralRecord", propOrder = {
    "student",
    "subject",
    "period",
    "reason",
    "deadline"
})
public class DeferralRecord
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
     * Required for an active record. The reporting period: sourcedId of an academicPeriod record of the school year of the student's class.
     * 
     */
    protected String period;
    /**
     * Required for an active record. Reason, at most 300 characters.
     * 
     */
    protected String reason;
    /**
     * Required for an active record. Deadline to settle it, not before the last day of the period (otherwise DEADLINE_BEFORE_PERIOD_END).
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar deadline;

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
     * Required for an active record. The reporting period: sourcedId of an academicPeriod record of the school year of the student's class.
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
     * Required for an active record. Reason, at most 300 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getReason() {
        return reason;
    }

    /**
     * Sets the value of the reason property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getReason()
     */
    public void setReason(String value) {
        this.reason = value;
    }

    /**
     * Required for an active record. Deadline to settle it, not before the last day of the period (otherwise DEADLINE_BEFORE_PERIOD_END).
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getDeadline() {
        return deadline;
    }

    /**
     * Sets the value of the deadline property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getDeadline()
     */
    public void setDeadline(XMLGregorianCalendar value) {
        this.deadline = value;
    }

}
