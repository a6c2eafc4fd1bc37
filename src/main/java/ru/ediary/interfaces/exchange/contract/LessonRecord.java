
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A lesson in the journal: held, planned or cancelled. Record kind lesson.
 * 
 * <p>Java class for LessonRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="LessonRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="class" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="group" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="plan" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="teacher" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="date" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="slot" type="{urn:ru:ediary:exchange:journal:1}LessonSlot" minOccurs="0"/>
 *         <element name="startsAt" type="{urn:ru:ediary:exchange:journal:1}TimeOfDay" minOccurs="0"/>
 *         <element name="endsAt" type="{urn:ru:ediary:exchange:journal:1}TimeOfDay" minOccurs="0"/>
 *         <element name="room" type="{urn:ru:ediary:exchange:journal:1}Text40" minOccurs="0"/>
 *         <element name="topic" type="{urn:ru:ediary:exchange:journal:1}Text500" minOccurs="0"/>
 *         <element name="lessonType" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="status" type="{urn:ru:ediary:exchange:journal:1}LessonStatus" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LessonRecord", propOrder = {
    "clazz",
    "group",
    "plan",
    "subject",
    "teacher",
    "date",
    "slot",
    "startsAt",
    "endsAt",
    "room",
    "topic",
    "lessonType",
    "status"
})
public class LessonRecord
    extends JournalRecord
{

    /**
     * Optional. The class: sourcedId of a schoolClass record. Exactly one of class, group, plan must be given: who is taught (a class, a group or an individual plan); otherwise the record is rejected (MISSING_FIELD when none is given, INVALID_VALUE when several are).
     * 
     */
    @XmlElement(name = "class")
    protected String clazz;
    /**
     * Optional. The group: sourcedId of a studyGroup record. Exactly one of class, group, plan must be given: who is taught (a class, a group or an individual plan); otherwise the record is rejected (MISSING_FIELD when none is given, INVALID_VALUE when several are).
     * 
     */
    protected String group;
    /**
     * Optional. The individual plan: sourcedId of an individualPlan record. Exactly one of class, group, plan must be given: who is taught (a class, a group or an individual plan); otherwise the record is rejected (MISSING_FIELD when none is given, INVALID_VALUE when several are).
     * 
     */
    protected String plan;
    /**
     * Required for an active record. The subject: sourcedId of a subject record.
     * 
     */
    protected String subject;
    /**
     * Optional. The teacher who teaches (taught) the lesson: sourcedId of a teacher record.
     * 
     */
    protected String teacher;
    /**
     * Required for an active record. Date of the lesson, within the class's school year.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar date;
    /**
     * Required for an active record. Number of the lesson in the day, 0–12.
     * 
     */
    protected Integer slot;
    /**
     * Optional. Start time.
     * 
     */
    @XmlSchemaType(name = "time")
    protected XMLGregorianCalendar startsAt;
    /**
     * Optional. End time, after startsAt.
     * 
     */
    @XmlSchemaType(name = "time")
    protected XMLGregorianCalendar endsAt;
    /**
     * Optional. Room, at most 40 characters.
     * 
     */
    protected String room;
    /**
     * Optional. Topic of the lesson, at most 500 characters.
     * 
     */
    protected String topic;
    /**
     * Optional. The type of lesson: sourcedId of a lessonType record.
     * 
     */
    protected String lessonType;
    /**
     * Required for an active record. State of the lesson (not to be confused with the record's recordStatus).
     * 
     */
    @XmlSchemaType(name = "string")
    protected LessonStatus status;

    /**
     * Optional. The class: sourcedId of a schoolClass record. Exactly one of class, group, plan must be given: who is taught (a class, a group or an individual plan); otherwise the record is rejected (MISSING_FIELD when none is given, INVALID_VALUE when several are).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getClazz() {
        return clazz;
    }

    /**
     * Sets the value of the clazz property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getClazz()
     */
    public void setClazz(String value) {
        this.clazz = value;
    }

    /**
     * Optional. The group: sourcedId of a studyGroup record. Exactly one of class, group, plan must be given: who is taught (a class, a group or an individual plan); otherwise the record is rejected (MISSING_FIELD when none is given, INVALID_VALUE when several are).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getGroup() {
        return group;
    }

    /**
     * Sets the value of the group property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getGroup()
     */
    public void setGroup(String value) {
        this.group = value;
    }

    /**
     * Optional. The individual plan: sourcedId of an individualPlan record. Exactly one of class, group, plan must be given: who is taught (a class, a group or an individual plan); otherwise the record is rejected (MISSING_FIELD when none is given, INVALID_VALUE when several are).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getPlan() {
        return plan;
    }

    /**
     * Sets the value of the plan property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getPlan()
     */
    public void setPlan(String value) {
        this.plan = value;
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
     * Optional. The teacher who teaches (taught) the lesson: sourcedId of a teacher record.
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
     * Required for an active record. Date of the lesson, within the class's school year.
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
     * Required for an active record. Number of the lesson in the day, 0–12.
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getSlot() {
        return slot;
    }

    /**
     * Sets the value of the slot property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getSlot()
     */
    public void setSlot(Integer value) {
        this.slot = value;
    }

    /**
     * Optional. Start time.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getStartsAt() {
        return startsAt;
    }

    /**
     * Sets the value of the startsAt property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getStartsAt()
     */
    public void setStartsAt(XMLGregorianCalendar value) {
        this.startsAt = value;
    }

    /**
     * Optional. End time, after startsAt.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getEndsAt() {
        return endsAt;
    }

    /**
     * Sets the value of the endsAt property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getEndsAt()
     */
    public void setEndsAt(XMLGregorianCalendar value) {
        this.endsAt = value;
    }

    /**
     * Optional. Room, at most 40 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getRoom() {
        return room;
    }

    /**
     * Sets the value of the room property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getRoom()
     */
    public void setRoom(String value) {
        this.room = value;
    }

    /**
     * Optional. Topic of the lesson, at most 500 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getTopic() {
        return topic;
    }

    /**
     * Sets the value of the topic property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getTopic()
     */
    public void setTopic(String value) {
        this.topic = value;
    }

    /**
     * Optional. The type of lesson: sourcedId of a lessonType record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getLessonType() {
        return lessonType;
    }

    /**
     * Sets the value of the lessonType property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getLessonType()
     */
    public void setLessonType(String value) {
        this.lessonType = value;
    }

    /**
     * Required for an active record. State of the lesson (not to be confused with the record's recordStatus).
     * 
     * @return
     *     possible object is
     *     {@link LessonStatus }
     *     
     */
    public LessonStatus getStatus() {
        return status;
    }

    /**
     * Sets the value of the status property.
     * 
     * @param value
     *     allowed object is
     *     {@link LessonStatus }
     *     
     * @see #getStatus()
     */
    public void setStatus(LessonStatus value) {
        this.status = value;
    }

}
