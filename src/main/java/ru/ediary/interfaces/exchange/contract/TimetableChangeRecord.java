
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A timetable change: a substitute teacher, a moved or a cancelled lesson. The lesson record already holds the state after the change; the change keeps what was replaced. Record kind timetableChange.
 * 
 * <p>Java class for TimetableChangeRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="TimetableChangeRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="kind" type="{urn:ru:ediary:exchange:journal:1}ChangeKind" minOccurs="0"/>
 *         <element name="lesson" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="originalTeacher" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="originalDate" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="originalSlot" type="{urn:ru:ediary:exchange:journal:1}LessonSlot" minOccurs="0"/>
 *         <element name="reason" type="{urn:ru:ediary:exchange:journal:1}Text500" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TimetableChangeRecord", propOrder = {
    "kind",
    "lesson",
    "originalTeacher",
    "originalDate",
    "originalSlot",
    "reason"
})
public class TimetableChangeRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The kind of change.
     * 
     */
    @XmlSchemaType(name = "string")
    protected ChangeKind kind;
    /**
     * Required for an active record. The changed lesson: sourcedId of a lesson record.
     * 
     */
    protected String lesson;
    /**
     * Optional. The teacher who was replaced: sourcedId of a teacher record; required when kind is SUBSTITUTION (otherwise MISSING_FIELD).
     * 
     */
    protected String originalTeacher;
    /**
     * Optional. The date the lesson was moved from; required when kind is MOVE (otherwise MISSING_FIELD); within the school year.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar originalDate;
    /**
     * Optional. Number of the lesson in the day before the move, 0–12, when it changed.
     * 
     */
    protected Integer originalSlot;
    /**
     * Required for an active record. Reason, at most 500 characters.
     * 
     */
    protected String reason;

    /**
     * Required for an active record. The kind of change.
     * 
     * @return
     *     possible object is
     *     {@link ChangeKind }
     *     
     */
    public ChangeKind getKind() {
        return kind;
    }

    /**
     * Sets the value of the kind property.
     * 
     * @param value
     *     allowed object is
     *     {@link ChangeKind }
     *     
     * @see #getKind()
     */
    public void setKind(ChangeKind value) {
        this.kind = value;
    }

    /**
     * Required for an active record. The changed lesson: sourcedId of a lesson record.
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
     * Optional. The teacher who was replaced: sourcedId of a teacher record; required when kind is SUBSTITUTION (otherwise MISSING_FIELD).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getOriginalTeacher() {
        return originalTeacher;
    }

    /**
     * Sets the value of the originalTeacher property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getOriginalTeacher()
     */
    public void setOriginalTeacher(String value) {
        this.originalTeacher = value;
    }

    /**
     * Optional. The date the lesson was moved from; required when kind is MOVE (otherwise MISSING_FIELD); within the school year.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getOriginalDate() {
        return originalDate;
    }

    /**
     * Sets the value of the originalDate property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getOriginalDate()
     */
    public void setOriginalDate(XMLGregorianCalendar value) {
        this.originalDate = value;
    }

    /**
     * Optional. Number of the lesson in the day before the move, 0–12, when it changed.
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getOriginalSlot() {
        return originalSlot;
    }

    /**
     * Sets the value of the originalSlot property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getOriginalSlot()
     */
    public void setOriginalSlot(Integer value) {
        this.originalSlot = value;
    }

    /**
     * Required for an active record. Reason, at most 500 characters.
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

}
