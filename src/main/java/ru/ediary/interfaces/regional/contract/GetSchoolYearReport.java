
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for anonymous complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType>
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="schoolYear" type="{urn:ru:ediary:reporting:regional:1}SchoolYearName" minOccurs="0"/>
 *         <element name="period" type="{urn:ru:ediary:reporting:regional:1}PeriodRef" minOccurs="0"/>
 *         <element name="school" type="{urn:ru:ediary:reporting:regional:1}SchoolCode" minOccurs="0"/>
 *         <element name="detail" type="{http://www.w3.org/2001/XMLSchema}boolean" minOccurs="0"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = {
    "schoolYear",
    "period",
    "school",
    "detail"
})
@XmlRootElement(name = "getSchoolYearReport")
public class GetSchoolYearReport {

    /**
     * The school year, such as 2026/2027; absent: the school year running today. A year no school of the region has: the fault UNKNOWN_SCHOOL_YEAR.
     * 
     */
    protected String schoolYear;
    /**
     * The period; absent: the most recent period that has ended in that year — the year itself when it has ended, otherwise the latest ended quarter, trimester or half-year, otherwise the first period of the year. Each school's own period of that kind and number is meant; classes assessed by another kind of period have no results in it. A period that does not exist (such as QUARTER 5) or that no school of the region has in that year: the fault INVALID_PERIOD.
     * 
     */
    protected PeriodRef period;
    /**
     * This school only; absent: every school of the region. An unknown code: UNKNOWN_SCHOOL; a school of another region: FOREIGN_SCHOOL.
     * 
     */
    protected String school;
    /**
     * true: the results per grade level and per subject as well (gradeLevel, subject); false by default.
     * 
     */
    @XmlElement(defaultValue = "false")
    protected Boolean detail;

    /**
     * The school year, such as 2026/2027; absent: the school year running today. A year no school of the region has: the fault UNKNOWN_SCHOOL_YEAR.
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
     * The period; absent: the most recent period that has ended in that year — the year itself when it has ended, otherwise the latest ended quarter, trimester or half-year, otherwise the first period of the year. Each school's own period of that kind and number is meant; classes assessed by another kind of period have no results in it. A period that does not exist (such as QUARTER 5) or that no school of the region has in that year: the fault INVALID_PERIOD.
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
     * This school only; absent: every school of the region. An unknown code: UNKNOWN_SCHOOL; a school of another region: FOREIGN_SCHOOL.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSchool() {
        return school;
    }

    /**
     * Sets the value of the school property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSchool()
     */
    public void setSchool(String value) {
        this.school = value;
    }

    /**
     * true: the results per grade level and per subject as well (gradeLevel, subject); false by default.
     * 
     * @return
     *     possible object is
     *     {@link Boolean }
     *     
     */
    public Boolean isDetail() {
        return detail;
    }

    /**
     * Sets the value of the detail property.
     * 
     * @param value
     *     allowed object is
     *     {@link Boolean }
     *     
     * @see #isDetail()
     */
    public void setDetail(Boolean value) {
        this.detail = value;
    }

}
