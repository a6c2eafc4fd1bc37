
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A teacher's recommendation to a student. Record kind recommendation.
 * 
 * <p>Java class for RecommendationRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="RecommendationRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="teacher" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="givenOn" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="text" type="{urn:ru:ediary:exchange:journal:1}Text4000" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RecommendationRecord", propOrder = {
    "student",
    "teacher",
    "subject",
    "givenOn",
    "text"
})
public class RecommendationRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The student: sourcedId of a student record.
     * 
     */
    protected String student;
    /**
     * Required for an active record. The teacher: sourcedId of a teacher record.
     * 
     */
    protected String teacher;
    /**
     * Optional. The subject: sourcedId of a subject record.
     * 
     */
    protected String subject;
    /**
     * Required for an active record. Date the recommendation was given.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar givenOn;
    /**
     * Required for an active record. Text, at most 4000 characters.
     * 
     */
    protected String text;

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
     * Required for an active record. The teacher: sourcedId of a teacher record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getTeacher() {
        return teacher;
    }

    /**
     * Sets the value of the teacher property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getTeacher()
     */
    public void setTeacher(String value) {
        this.teacher = value;
    }

    /**
     * Optional. The subject: sourcedId of a subject record.
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
     * Required for an active record. Date the recommendation was given.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getGivenOn() {
        return givenOn;
    }

    /**
     * Sets the value of the givenOn property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getGivenOn()
     */
    public void setGivenOn(XMLGregorianCalendar value) {
        this.givenOn = value;
    }

    /**
     * Required for an active record. Text, at most 4000 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getText() {
        return text;
    }

    /**
     * Sets the value of the text property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getText()
     */
    public void setText(String value) {
        this.text = value;
    }

}
