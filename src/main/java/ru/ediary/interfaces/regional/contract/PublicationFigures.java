
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The 3-day rule: final grades and exam results are to be visible to the student and the guardians no later than 3 days after the result. Each grade or result falls in exactly one of the four groups. The base of the suppression rule is the number of students the grades and results belong to.
 * 
 * <p>Java class for PublicationFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="PublicationFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="onTime" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="late" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="overdue" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="waiting" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
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
@XmlType(name = "PublicationFigures", propOrder = {
    "onTime",
    "late",
    "overdue",
    "waiting"
})
public class PublicationFigures {

    /**
     * Made visible in time. Absent when suppressed.
     * 
     */
    protected Long onTime;
    /**
     * Made visible after the deadline. Absent when suppressed.
     * 
     */
    protected Long late;
    /**
     * Not visible and the deadline has passed. Absent when suppressed.
     * 
     */
    protected Long overdue;
    /**
     * Not visible, the deadline has not passed yet. Absent when suppressed.
     * 
     */
    protected Long waiting;
    /**
     * true: the figures are suppressed because they were computed over fewer than 5 students (1–4), or by secondary suppression; then the element has no child elements. false: the figures are published (zeros when there are no people). The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
     * 
     */
    @XmlAttribute(name = "suppressed", required = true)
    protected boolean suppressed;

    /**
     * Made visible in time. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getOnTime() {
        return onTime;
    }

    /**
     * Sets the value of the onTime property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getOnTime()
     */
    public void setOnTime(Long value) {
        this.onTime = value;
    }

    /**
     * Made visible after the deadline. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getLate() {
        return late;
    }

    /**
     * Sets the value of the late property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getLate()
     */
    public void setLate(Long value) {
        this.late = value;
    }

    /**
     * Not visible and the deadline has passed. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getOverdue() {
        return overdue;
    }

    /**
     * Sets the value of the overdue property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getOverdue()
     */
    public void setOverdue(Long value) {
        this.overdue = value;
    }

    /**
     * Not visible, the deadline has not passed yet. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getWaiting() {
        return waiting;
    }

    /**
     * Sets the value of the waiting property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getWaiting()
     */
    public void setWaiting(Long value) {
        this.waiting = value;
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
