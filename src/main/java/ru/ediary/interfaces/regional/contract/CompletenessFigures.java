
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The completeness of the period's final grades. The base of the suppression rule is the number of students (students).
 * 
 * <p>Java class for CompletenessFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="CompletenessFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="students" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="due" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="graded" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="activeDeferrals" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="overdueDeferrals" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="gaps" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *       </sequence>
 *       <attribute name="suppressed" use="required" type="{http://www.w3.org/2001/XMLSchema}boolean" />
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CompletenessFigures", propOrder = {
    "students",
    "due",
    "graded",
    "activeDeferrals",
    "overdueDeferrals",
    "gaps"
})
public class CompletenessFigures {

    /**
     * Students of the classes assessed in the period. Absent when suppressed.
     * 
     */
    protected Long students;
    /**
     * Final grades due: every student of a class assessed in the period × every subject taught to the student. Absent when suppressed.
     * 
     */
    protected Long due;
    /**
     * How many of them are given. Absent when suppressed.
     * 
     */
    protected Long graded;
    /**
     * Grades due whose assessment is deferred and whose deferral has not run out. Absent when suppressed.
     * 
     */
    protected Long activeDeferrals;
    /**
     * Grades due but not given whose deferral has run out. Absent when suppressed.
     * 
     */
    protected Long overdueDeferrals;
    /**
     * Gaps: grades due that are neither given nor under an active deferral (overdue deferrals included). Absent when suppressed.
     * 
     */
    protected Long gaps;
    /**
     * true: the figures are suppressed because they were computed over fewer than 5 students (1–4), or by secondary suppression; then the element has no child elements. false: the figures are published (zeros when there are no people). The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
     * 
     */
    @XmlAttribute(name = "suppressed", required = true)
    protected boolean suppressed;

    /**
     * Students of the classes assessed in the period. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getStudents() {
        return students;
    }

    /**
     * Sets the value of the students property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getStudents()
     */
    public void setStudents(Long value) {
        this.students = value;
    }

    /**
     * Final grades due: every student of a class assessed in the period × every subject taught to the student. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getDue() {
        return due;
    }

    /**
     * Sets the value of the due property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getDue()
     */
    public void setDue(Long value) {
        this.due = value;
    }

    /**
     * How many of them are given. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getGraded() {
        return graded;
    }

    /**
     * Sets the value of the graded property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getGraded()
     */
    public void setGraded(Long value) {
        this.graded = value;
    }

    /**
     * Grades due whose assessment is deferred and whose deferral has not run out. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getActiveDeferrals() {
        return activeDeferrals;
    }

    /**
     * Sets the value of the activeDeferrals property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getActiveDeferrals()
     */
    public void setActiveDeferrals(Long value) {
        this.activeDeferrals = value;
    }

    /**
     * Grades due but not given whose deferral has run out. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getOverdueDeferrals() {
        return overdueDeferrals;
    }

    /**
     * Sets the value of the overdueDeferrals property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getOverdueDeferrals()
     */
    public void setOverdueDeferrals(Long value) {
        this.overdueDeferrals = value;
    }

    /**
     * Gaps: grades due that are neither given nor under an active deferral (overdue deferrals included). Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getGaps() {
        return gaps;
    }

    /**
     * Sets the value of the gaps property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getGaps()
     */
    public void setGaps(Long value) {
        this.gaps = value;
    }

    /**
     * true: the figures are suppressed because they were computed over fewer than 5 students (1–4), or by secondary suppression; then the element has no child elements. false: the figures are published (zeros when there are no people). The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
     * 
     */
    public boolean isSuppressed() {
        return suppressed;
    }

    /**
     * Sets the value of the suppressed property.
     * 
     */
    public void setSuppressed(boolean value) {
        this.suppressed = value;
    }

}
