
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A timetable entry: a lesson that recurs every week. Record kind timetableEntry.
 * 
 * <p>Java class for TimetableEntryRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="TimetableEntryRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="class" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="group" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="plan" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="teacher" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="weekday" type="{urn:ru:ediary:exchange:journal:1}Weekday" minOccurs="0"/>
 *         <element name="slot" type="{urn:ru:ediary:exchange:journal:1}LessonSlot" minOccurs="0"/>
 *         <element name="startsAt" type="{urn:ru:ediary:exchange:journal:1}TimeOfDay" minOccurs="0"/>
 *         <element name="endsAt" type="{urn:ru:ediary:exchange:journal:1}TimeOfDay" minOccurs="0"/>
 *         <element name="room" type="{urn:ru:ediary:exchange:journal:1}Text40" minOccurs="0"/>
 *         <element name="validFrom" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="validTo" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TimetableEntryRecord", propOrder = {
    "clazz",
    "group",
    "plan",
    "subject",
    "teacher",
    "weekday",
    "slot",
    "startsAt",
    "endsAt",
    "room",
    "validFrom",
    "validTo"
})
public class TimetableEntryRecord
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
     * Optional. The teacher: sourcedId of a teacher record.
     * 
     */
    protected String teacher;
    /**
     * Required for an active record. ISO day of the week: 1 Monday … 6 Saturday; 7 (Sunday) is rejected (INVALID_VALUE).
     * 
     */
    protected Integer weekday;
    /**
     * Required for an active record. Number of the lesson in the day, 0–12.
     * 
     */
    protected Integer slot;
    /**
     * Required for an active record. Start time.
     * 
     */
    @XmlSchemaType(name = "time")
    protected XMLGregorianCalendar startsAt;
    /**
     * Required for an active record. End time, after startsAt.
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
     * Required for an active record. In force from this date, within the class's school year.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar validFrom;
    /**
     * Optional. In force up to and including this date, not before validFrom, within the school year; absent means to the end of the year.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar validTo;

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
     * Optional. The teacher: sourcedId of a teacher record.
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
     * Required for an active record. ISO day of the week: 1 Monday … 6 Saturday; 7 (Sunday) is rejected (INVALID_VALUE).
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getWeekday() {
        return weekday;
    }

    /**
     * Sets the value of the weekday property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getWeekday()
     */
    public void setWeekday(Integer value) {
        this.weekday = value;
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
     * Required for an active record. Start time.
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
     * Required for an active record. End time, after startsAt.
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
     * Required for an active record. In force from this date, within the class's school year.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getValidFrom() {
        return validFrom;
    }

    /**
     * Sets the value of the validFrom property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getValidFrom()
     */
    public void setValidFrom(XMLGregorianCalendar value) {
        this.validFrom = value;
    }

    /**
     * Optional. In force up to and including this date, not before validFrom, within the school year; absent means to the end of the year.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getValidTo() {
        return validTo;
    }

    /**
     * Sets the value of the validTo property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getValidTo()
     */
    public void setValidTo(XMLGregorianCalendar value) {
        this.validTo = value;
    }

}
