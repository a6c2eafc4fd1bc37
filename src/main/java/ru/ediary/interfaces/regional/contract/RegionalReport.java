
package ru.ediary.interfaces.regional.contract;

import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The depersonalised summary report of a region (or one of its schools) for a period of a school year: the schools side by side and the region's total.
 * 
 * <p>Java class for RegionalReport complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="RegionalReport">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="regionName" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="schoolYear" type="{urn:ru:ediary:reporting:regional:1}SchoolYearName"/>
 *         <element name="period" type="{urn:ru:ediary:reporting:regional:1}PeriodRef"/>
 *         <element name="startsOn" type="{urn:ru:ediary:reporting:regional:1}CalendarDate"/>
 *         <element name="endsOn" type="{urn:ru:ediary:reporting:regional:1}CalendarDate"/>
 *         <element name="generatedAt" type="{urn:ru:ediary:reporting:regional:1}Timestamp"/>
 *         <element name="school" type="{urn:ru:ediary:reporting:regional:1}SchoolFigures" maxOccurs="unbounded" minOccurs="0"/>
 *         <element name="total" type="{urn:ru:ediary:reporting:regional:1}SchoolFigures"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RegionalReport", propOrder = {
    "regionName",
    "schoolYear",
    "period",
    "startsOn",
    "endsOn",
    "generatedAt",
    "school",
    "total"
})
public class RegionalReport {

    /**
     * Name of the region.
     * 
     */
    @XmlElement(required = true)
    protected String regionName;
    /**
     * The school year reported on.
     * 
     */
    @XmlElement(required = true)
    protected String schoolYear;
    /**
     * The period reported on.
     * 
     */
    @XmlElement(required = true)
    protected PeriodRef period;
    /**
     * The earliest start of that period among the schools.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar startsOn;
    /**
     * The latest end of that period among the schools.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar endsOn;
    /**
     * When the report was made.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    protected XMLGregorianCalendar generatedAt;
    /**
     * The figures of every school reported, by code.
     * 
     */
    protected List<SchoolFigures> school;
    /**
     * The region's total over the schools reported (code absent).
     * 
     */
    @XmlElement(required = true)
    protected SchoolFigures total;

    /**
     * Name of the region.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getRegionName() {
        return regionName;
    }

    /**
     * Sets the value of the regionName property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getRegionName()
     */
    public void setRegionName(String value) {
        this.regionName = value;
    }

    /**
     * The school year reported on.
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
     * The period reported on.
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
     * The earliest start of that period among the schools.
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
     * The latest end of that period among the schools.
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
     * When the report was made.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getGeneratedAt() {
        return generatedAt;
    }

    /**
     * Sets the value of the generatedAt property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getGeneratedAt()
     */
    public void setGeneratedAt(XMLGregorianCalendar value) {
        this.generatedAt = value;
    }

    /**
     * The figures of every school reported, by code.
     * 
     * Gets the value of the school property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the school property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getSchool().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link SchoolFigures }
     * </p>
     * 
     * 
     * @return
     *     The value of the school property.
     */
    public List<SchoolFigures> getSchool() {
        if (school == null) {
            school = new ArrayList<>();
        }
        return this.school;
    }

    /**
     * The region's total over the schools reported (code absent).
     * 
     * @return
     *     possible object is
     *     {@link SchoolFigures }
     *     
     */
    public SchoolFigures getTotal() {
        return total;
    }

    /**
     * Sets the value of the total property.
     * 
     * @param value
     *     allowed object is
     *     {@link SchoolFigures }
     *     
     * @see #getTotal()
     */
    public void setTotal(SchoolFigures value) {
        this.total = value;
    }

}
