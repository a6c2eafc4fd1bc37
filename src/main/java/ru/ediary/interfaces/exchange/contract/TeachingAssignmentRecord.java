
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A teacher assigned to teach a subject to a class, a group or an individual plan. Record kind teachingAssignment.
 * 
 * <p>Java class for TeachingAssignmentRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="TeachingAssignmentRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="teacher" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="class" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="group" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="plan" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TeachingAssignmentRecord", propOrder = {
    "teacher",
    "subject",
    "clazz",
    "group",
    "plan"
})
public class TeachingAssignmentRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The teacher: sourcedId of a teacher record.
     * 
     */
    protected String teacher;
    /**
     * Required for an active record. The subject: sourcedId of a subject record.
     * 
     */
    protected String subject;
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

}
