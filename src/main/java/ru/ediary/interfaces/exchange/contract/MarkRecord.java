
package ru.ediary.interfaces.exchange.contract;

import java.math.BigDecimal;
import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A student's mark for a lesson. Record kind mark.
 * 
 * <p>Java class for MarkRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="MarkRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="lesson" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="value" type="{urn:ru:ediary:exchange:journal:1}GradeValue" minOccurs="0"/>
 *         <element name="date" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="workType" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="weight" type="{urn:ru:ediary:exchange:journal:1}Weight" minOccurs="0"/>
 *         <element name="comment" type="{urn:ru:ediary:exchange:journal:1}Text500" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MarkRecord", propOrder = {
    "student",
    "lesson",
    "value",
    "date",
    "workType",
    "weight",
    "comment"
})
public class MarkRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The student: sourcedId of a student record the lesson was taught to (otherwise INVALID_VALUE).
     * 
     */
    protected String student;
    /**
     * Required for an active record. The lesson: sourcedId of a lesson record.
     * 
     */
    protected String lesson;
    /**
     * Required for an active record. The mark: 1–5 or н/а, осв, зач, незач.
     * 
     */
    protected String value;
    /**
     * Optional. Date of the mark, within the school year; absent means the date of the lesson.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar date;
    /**
     * Optional. The kind of work: sourcedId of a workType record.
     * 
     */
    protected String workType;
    /**
     * Optional. Weight of the mark, 0–10, at most two decimal places; absent means the weight of the work type, or 1 without one.
     * 
     */
    protected BigDecimal weight;
    /**
     * Optional. The teacher's comment, at most 500 characters.
     * 
     */
    protected String comment;

    /**
     * Required for an active record. The student: sourcedId of a student record the lesson was taught to (otherwise INVALID_VALUE).
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
     * Required for an active record. The lesson: sourcedId of a lesson record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getLesson() {
        return lesson;
    }

    /**
     * Sets the value of the lesson property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getLesson()
     */
    public void setLesson(String value) {
        this.lesson = value;
    }

    /**
     * Required for an active record. The mark: 1–5 or н/а, осв, зач, незач.
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
     * Optional. Date of the mark, within the school year; absent means the date of the lesson.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getDate() {
        return date;
    }

    /**
     * Sets the value of the date property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getDate()
     */
    public void setDate(XMLGregorianCalendar value) {
        this.date = value;
    }

    /**
     * Optional. The kind of work: sourcedId of a workType record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getWorkType() {
        return workType;
    }

    /**
     * Sets the value of the workType property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getWorkType()
     */
    public void setWorkType(String value) {
        this.workType = value;
    }

    /**
     * Optional. Weight of the mark, 0–10, at most two decimal places; absent means the weight of the work type, or 1 without one.
     * 
     * @return
     *     possible object is
     *     {@link BigDecimal }
     *     
     */
    public BigDecimal getWeight() {
        return weight;
    }

    /**
     * Sets the value of the weight property.
     * 
     * @param value
     *     allowed object is
     *     {@link BigDecimal }
     *     
     * @see #getWeight()
     */
    public void setWeight(BigDecimal value) {
        this.weight = value;
    }

    /**
     * Optional. The teacher's comment, at most 500 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getComment() {
        return comment;
    }

    /**
     * Sets the value of the comment property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getComment()
     */
    public void setComment(String value) {
        this.comment = value;
    }

}
