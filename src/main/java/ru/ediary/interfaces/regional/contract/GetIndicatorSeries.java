
package ru.ediary.interfaces.regional.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
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
 *         <element name="indicator" type="{urn:ru:ediary:reporting:regional:1}Indicator"/>
 *         <element name="from" type="{urn:ru:ediary:reporting:regional:1}CalendarDate"/>
 *         <element name="to" type="{urn:ru:ediary:reporting:regional:1}CalendarDate"/>
 *         <element name="school" type="{urn:ru:ediary:reporting:regional:1}SchoolCode" minOccurs="0"/>
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
    "indicator",
    "from",
    "to",
    "school"
})
@XmlRootElement(name = "getIndicatorSeries")
public class GetIndicatorSeries {

    /**
     * The indicator.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected Indicator indicator;
    /**
     * Start of the range (inclusive).
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar from;
    /**
     * End of the range (inclusive). from after to, or a range longer than 12 years: the fault INVALID_RANGE.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar to;
    /**
     * This school only; absent: the total of every school of the region. An unknown code: UNKNOWN_SCHOOL; a school of another region: FOREIGN_SCHOOL.
     * 
     */
    protected String school;

    /**
     * The indicator.
     * 
     * @return
     *     possible object is
     *     {@link Indicator }
     *     
     */
    public Indicator getIndicator() {
        return indicator;
    }

    /**
     * Sets the value of the indicator property.
     * 
     * @param value
     *     allowed object is
     *     {@link Indicator }
     *     
     * @see #getIndicator()
     */
    public void setIndicator(Indicator value) {
        this.indicator = value;
    }

    /**
     * Start of the range (inclusive).
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getFrom() {
        return from;
    }

    /**
     * Sets the value of the from property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getFrom()
     */
    public void setFrom(XMLGregorianCalendar value) {
        this.from = value;
    }

    /**
     * End of the range (inclusive). from after to, or a range longer than 12 years: the fault INVALID_RANGE.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getTo() {
        return to;
    }

    /**
     * Sets the value of the to property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getTo()
     */
    public void setTo(XMLGregorianCalendar value) {
        this.to = value;
    }

    /**
     * This school only; absent: the total of every school of the region. An unknown code: UNKNOWN_SCHOOL; a school of another region: FOREIGN_SCHOOL.
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

}
