
package ru.ediary.interfaces.regional.contract;

import java.util.ArrayList;
import java.util.List;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The figures of one school for the period, or the region's total over the schools reported (then code is absent). No personal data; see the suppression rule.
 * 
 * <p>Java class for SchoolFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="SchoolFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="code" type="{urn:ru:ediary:reporting:regional:1}SchoolCode" minOccurs="0"/>
 *         <element name="name" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="results" type="{urn:ru:ediary:reporting:regional:1}ResultFigures"/>
 *         <element name="gradeLevel" type="{urn:ru:ediary:reporting:regional:1}GradeLevelFigures" maxOccurs="unbounded" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:reporting:regional:1}SubjectFigures" maxOccurs="unbounded" minOccurs="0"/>
 *         <element name="completeness" type="{urn:ru:ediary:reporting:regional:1}CompletenessFigures"/>
 *         <element name="lessons" type="{urn:ru:ediary:reporting:regional:1}LessonFigures"/>
 *         <element name="publication" type="{urn:ru:ediary:reporting:regional:1}PublicationFigures"/>
 *         <element name="consent" type="{urn:ru:ediary:reporting:regional:1}ConsentFigures"/>
 *         <element name="delivery" type="{urn:ru:ediary:reporting:regional:1}DeliveryFigures"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SchoolFigures", propOrder = {
    "code",
    "name",
    "results",
    "gradeLevel",
    "subject",
    "completeness",
    "lessons",
    "publication",
    "consent",
    "delivery"
})
public class SchoolFigures {

    /**
     * The school's code; absent in the region's total.
     * 
     */
    protected String code;
    /**
     * The school's short name; in the region's total the region's name.
     * 
     */
    @XmlElement(required = true)
    protected String name;
    /**
     * The results of the period.
     * 
     */
    @XmlElement(required = true)
    protected ResultFigures results;
    /**
     * The results per grade level, in ascending order; with detail = true only.
     * 
     */
    protected List<GradeLevelFigures> gradeLevel;
    /**
     * The results per subject, by name; with detail = true only.
     * 
     */
    protected List<SubjectFigures> subject;
    /**
     * Completeness of the final grades.
     * 
     */
    @XmlElement(required = true)
    protected CompletenessFigures completeness;
    /**
     * Delivery of the curriculum plan.
     * 
     */
    @XmlElement(required = true)
    protected LessonFigures lessons;
    /**
     * Keeping to the 3-day rule.
     * 
     */
    @XmlElement(required = true)
    protected PublicationFigures publication;
    /**
     * Guardians' consents.
     * 
     */
    @XmlElement(required = true)
    protected ConsentFigures consent;
    /**
     * Delivery of messages.
     * 
     */
    @XmlElement(required = true)
    protected DeliveryFigures delivery;

    /**
     * The school's code; absent in the region's total.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getCode() {
        return code;
    }

    /**
     * Sets the value of the code property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getCode()
     */
    public void setCode(String value) {
        this.code = value;
    }

    /**
     * The school's short name; in the region's total the region's name.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getName() {
        return name;
    }

    /**
     * Sets the value of the name property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getName()
     */
    public void setName(String value) {
        this.name = value;
    }

    /**
     * The results of the period.
     * 
     * @return
     *     possible object is
     *     {@link ResultFigures }
     *     
     */
    public ResultFigures getResults() {
        return results;
    }

    /**
     * Sets the value of the results property.
     * 
     * @param value
     *     allowed object is
     *     {@link ResultFigures }
     *     
     * @see #getResults()
     */
    public void setResults(ResultFigures value) {
        this.results = value;
    }

    /**
     * The results per grade level, in ascending order; with detail = true only.
     * 
     * Gets the value of the gradeLevel property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the gradeLevel property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getGradeLevel().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link GradeLevelFigures }
     * </p>
     * 
     * 
     * @return
     *     The value of the gradeLevel property.
     */
    public List<GradeLevelFigures> getGradeLevel() {
        if (gradeLevel == null) {
            gradeLevel = new ArrayList<>();
        }
        return this.gradeLevel;
    }

    /**
     * The results per subject, by name; with detail = true only.
     * 
     * Gets the value of the subject property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the subject property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getSubject().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link SubjectFigures }
     * </p>
     * 
     * 
     * @return
     *     The value of the subject property.
     */
    public List<SubjectFigures> getSubject() {
        if (subject == null) {
            subject = new ArrayList<>();
        }
        return this.subject;
    }

    /**
     * Completeness of the final grades.
     * 
     * @return
     *     possible object is
     *     {@link CompletenessFigures }
     *     
     */
    public CompletenessFigures getCompleteness() {
        return completeness;
    }

    /**
     * Sets the value of the completeness property.
     * 
     * @param value
     *     allowed object is
     *     {@link CompletenessFigures }
     *     
     * @see #getCompleteness()
     */
    public void setCompleteness(CompletenessFigures value) {
        this.completeness = value;
    }

    /**
     * Delivery of the curriculum plan.
     * 
     * @return
     *     possible object is
     *     {@link LessonFigures }
     *     
     */
    public LessonFigures getLessons() {
        return lessons;
    }

    /**
     * Sets the value of the lessons property.
     * 
     * @param value
     *     allowed object is
     *     {@link LessonFigures }
     *     
     * @see #getLessons()
     */
    public void setLessons(LessonFigures value) {
        this.lessons = value;
    }

    /**
     * Keeping to the 3-day rule.
     * 
     * @return
     *     possible object is
     *     {@link PublicationFigures }
     *     
     */
    public PublicationFigures getPublication() {
        return publication;
    }

    /**
     * Sets the value of the publication property.
     * 
     * @param value
     *     allowed object is
     *     {@link PublicationFigures }
     *     
     * @see #getPublication()
     */
    public void setPublication(PublicationFigures value) {
        this.publication = value;
    }

    /**
     * Guardians' consents.
     * 
     * @return
     *     possible object is
     *     {@link ConsentFigures }
     *     
     */
    public ConsentFigures getConsent() {
        return consent;
    }

    /**
     * Sets the value of the consent property.
     * 
     * @param value
     *     allowed object is
     *     {@link ConsentFigures }
     *     
     * @see #getConsent()
     */
    public void setConsent(ConsentFigures value) {
        this.consent = value;
    }

    /**
     * Delivery of messages.
     * 
     * @return
     *     possible object is
     *     {@link DeliveryFigures }
     *     
     */
    public DeliveryFigures getDelivery() {
        return delivery;
    }

    /**
     * Sets the value of the delivery property.
     * 
     * @param value
     *     allowed object is
     *     {@link DeliveryFigures }
     *     
     * @see #getDelivery()
     */
    public void setDelivery(DeliveryFigures value) {
        this.delivery = value;
    }

}
