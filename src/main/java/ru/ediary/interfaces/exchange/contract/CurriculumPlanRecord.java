
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A curriculum plan item: how many lessons of a subject are planned for a period. Record kind curriculumPlan.
 * 
 * <p>Java class for CurriculumPlanRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="CurriculumPlanRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="class" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="group" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="plan" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="period" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="plannedLessons" type="{urn:ru:ediary:exchange:journal:1}PlannedLessons" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CurriculumPlanRecord", propOrder = {
    "subject",
    "clazz",
    "group",
    "plan",
    "period",
    "plannedLessons"
})
public class CurriculumPlanRecord
    extends JournalRecord
{

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
     * Required for an active record. The reporting period: sourcedId of an academicPeriod record of the class's school year (otherwise OUTSIDE_SCHOOL_YEAR).
     * 
     */
    protected String period;
    /**
     * Required for an active record. Number of planned lessons, 0–400.
     * 
     */
    protected Integer plannedLessons;

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

    /**
     * Required for an active record. The reporting period: sourcedId of an academicPeriod record of the class's school year (otherwise OUTSIDE_SCHOOL_YEAR).
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
     * Required for an active record. Number of planned lessons, 0–400.
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getPlannedLessons() {
        return plannedLessons;
    }

    /**
     * Sets the value of the plannedLessons property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getPlannedLessons()
     */
    public void setPlannedLessons(Integer value) {
        this.plannedLessons = value;
    }

}
