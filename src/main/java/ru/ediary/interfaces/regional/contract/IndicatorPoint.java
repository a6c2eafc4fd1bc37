
package ru.ediary.interfaces.regional.contract;

import java.math.BigDecimal;
import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The value of an indicator for one period.
 * 
 * <p>Java class for IndicatorPoint complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="IndicatorPoint">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="schoolYear" type="{urn:ru:ediary:reporting:regional:1}SchoolYearName"/>
 *         <element name="period" type="{urn:ru:ediary:reporting:regional:1}PeriodRef"/>
 *         <element name="startsOn" type="{urn:ru:ediary:reporting:regional:1}CalendarDate"/>
 *         <element name="endsOn" type="{urn:ru:ediary:reporting:regional:1}CalendarDate"/>
 *         <element name="value" type="{urn:ru:ediary:reporting:regional:1}IndicatorValue" minOccurs="0"/>
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
@XmlType(name = "IndicatorPoint", propOrder = {
    "schoolYear",
    "period",
    "startsOn",
    "endsOn",
    "value"
})
public class IndicatorPoint {

    /**
     * The school year.
     * 
     */
    @XmlElement(required = true)
    protected String schoolYear;
    /**
     * The period.
     * 
     */
    @XmlElement(required = true)
    protected PeriodRef period;
    /**
     * The earliest start of the period among the schools.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar startsOn;
    /**
     * The latest end of the period among the schools.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar endsOn;
    /**
     * The value; absent when suppressed or when there is nothing to compute it from (its divisor is 0).
     * 
     */
    protected BigDecimal value;
    /**
     * true: the value is suppressed because it is suppressed in the results (ResultFigures) of the same period in the report getSchoolYearReport (computed over fewer than 5 students, or by secondary suppression); then value is absent. The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
     * 
     */
    @XmlAttribute(name = "suppressed", required = true)
    protected boolean suppressed;

    /**
     * The school year.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSchoolYear() {
        return schoolYear;
    }

    /**
     * Sets the value of the schoolYear property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSchoolYear()
     */
    public void setSchoolYear(String value) {
        this.schoolYear = value;
    }

    /**
     * The period.
     * 
     * @return
     *     possible object is
     *     {@link PeriodRef }
     *     
     */
    public PeriodRef getPeriod() {
        return period;
    }

    /**
     * Sets the value of the period property.
     * 
     * @param value
     *     allowed object is
     *     {@link PeriodRef }
     *     
     * @see #getPeriod()
     */
    public void setPeriod(PeriodRef value) {
        this.period = value;
    }

    /**
     * The earliest start of the period among the schools.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getStartsOn() {
        return startsOn;
    }

    /**
     * Sets the value of the startsOn property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getStartsOn()
     */
    public void setStartsOn(XMLGregorianCalendar value) {
        this.startsOn = value;
    }

    /**
     * The latest end of the period among the schools.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getEndsOn() {
        return endsOn;
    }

    /**
     * Sets the value of the endsOn property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getEndsOn()
     */
    public void setEndsOn(XMLGregorianCalendar value) {
        this.endsOn = value;
    }

    /**
     * The value; absent when suppressed or when there is nothing to compute it from (its divisor is 0).
     * 
     * @return
     *     possible object is
     *     {@link BigDecimal }
     *     
     */
    public BigDecimal getValue() {
        return value;
    }

    /**
     * Sets the value of the value property.
     * 
     * @param value
     *     allowed object is
     *     {@link BigDecimal }
     *     
     * @see #getValue()
     */
    public void setValue(BigDecimal value) {
        this.value = value;
    }

    /**
     * true: the value is suppressed because it is suppressed in the results (ResultFigures) of the same period in the report getSchoolYearReport (computed over fewer than 5 students, or by secondary suppression); then value is absent. The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
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
