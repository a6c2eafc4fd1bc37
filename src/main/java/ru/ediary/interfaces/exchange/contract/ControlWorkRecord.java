
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A test (control work) in the schedule of assessments. Record kind controlWork.
 * 
 * <p>Java class for ControlWorkRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="ControlWorkRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="class" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="group" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="plan" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="period" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="plannedOn" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="topic" type="{urn:ru:ediary:exchange:journal:1}Text300" minOccurs="0"/>
 *         <element name="workType" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ControlWorkRecord", propOrder = {
    "clazz",
    "group",
    "plan",
    "subject",
    "period",
    "plannedOn",
    "topic",
    "workType"
})
public class ControlWorkRecord
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
     * Required for an active record. The reporting period: sourcedId of an academicPeriod record of the class's school year.
     * 
     */
    protected String period;
    /**
     * Required for an active record. Planned date, within the period.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar plannedOn;
    /**
     * Required for an active record. Topic, at most 300 characters.
     * 
     */
    protected String topic;
    /**
     * Optional. The kind of work: sourcedId of a workType record.
     * 
     */
    protected String workType;

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
     * Required for an active record. The reporting period: sourcedId of an academicPeriod record of the class's school year.
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
     * Required for an active record. Planned date, within the period.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getPlannedOn() {
        return plannedOn;
    }

    /**
     * Sets the value of the plannedOn property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getPlannedOn()
     */
    public void setPlannedOn(XMLGregorianCalendar value) {
        this.plannedOn = value;
    }

    /**
     * Required for an active record. Topic, at most 300 characters.
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

}
