
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The consents of the guardians of the students of the classes assessed in the period to eDiary's processing of data. The base of the suppression rule is the number of guardians (guardians).
 * 
 * <p>Java class for ConsentFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="ConsentFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="guardians" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="given" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="refused" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="withdrawn" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="noAnswer" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="onPaper" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
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
@XmlType(name = "ConsentFigures", propOrder = {
    "guardians",
    "given",
    "refused",
    "withdrawn",
    "noAnswer",
    "onPaper"
})
public class ConsentFigures {

    /**
     * Number of guardians. Absent when suppressed.
     * 
     */
    protected Long guardians;
    /**
     * Gave their consent. Absent when suppressed.
     * 
     */
    protected Long given;
    /**
     * Refused consent. Absent when suppressed.
     * 
     */
    protected Long refused;
    /**
     * Withdrew their consent. Absent when suppressed.
     * 
     */
    protected Long withdrawn;
    /**
     * Gave no answer. Absent when suppressed.
     * 
     */
    protected Long noAnswer;
    /**
     * Receive paper extracts (for any reason). Absent when suppressed.
     * 
     */
    protected Long onPaper;
    /**
     * true: the figures are suppressed because they were computed over fewer than 5 guardians (1–4), or by secondary suppression; then the element has no child elements. false: the figures are published (zeros when there are no people). The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
     * 
     */
    @XmlAttribute(name = "suppressed", required = true)
    protected boolean suppressed;

    /**
     * Number of guardians. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getGuardians() {
        return guardians;
    }

    /**
     * Sets the value of the guardians property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getGuardians()
     */
    public void setGuardians(Long value) {
        this.guardians = value;
    }

    /**
     * Gave their consent. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getGiven() {
        return given;
    }

    /**
     * Sets the value of the given property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getGiven()
     */
    public void setGiven(Long value) {
        this.given = value;
    }

    /**
     * Refused consent. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getRefused() {
        return refused;
    }

    /**
     * Sets the value of the refused property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getRefused()
     */
    public void setRefused(Long value) {
        this.refused = value;
    }

    /**
     * Withdrew their consent. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getWithdrawn() {
        return withdrawn;
    }

    /**
     * Sets the value of the withdrawn property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getWithdrawn()
     */
    public void setWithdrawn(Long value) {
        this.withdrawn = value;
    }

    /**
     * Gave no answer. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getNoAnswer() {
        return noAnswer;
    }

    /**
     * Sets the value of the noAnswer property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getNoAnswer()
     */
    public void setNoAnswer(Long value) {
        this.noAnswer = value;
    }

    /**
     * Receive paper extracts (for any reason). Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getOnPaper() {
        return onPaper;
    }

    /**
     * Sets the value of the onPaper property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getOnPaper()
     */
    public void setOnPaper(Long value) {
        this.onPaper = value;
    }

    /**
     * true: the figures are suppressed because they were computed over fewer than 5 guardians (1–4), or by secondary suppression; then the element has no child elements. false: the figures are published (zeros when there are no people). The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
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
