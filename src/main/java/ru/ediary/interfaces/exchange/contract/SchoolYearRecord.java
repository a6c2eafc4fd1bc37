
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A school year. Record kind schoolYear.
 * 
 * <p>Java class for SchoolYearRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="SchoolYearRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="name" type="{urn:ru:ediary:exchange:journal:1}Text20" minOccurs="0"/>
 *         <element name="startsOn" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="endsOn" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SchoolYearRecord", propOrder = {
    "name",
    "startsOn",
    "endsOn"
})
public class SchoolYearRecord
    extends JournalRecord
{

    /**
     * Required for an active record. Name such as "2026/2027", at most 20 characters.
     * 
     */
    protected String name;
    /**
     * Required for an active record. First day of the school year.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar startsOn;
    /**
     * Required for an active record. Last day of the school year, not before startsOn.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar endsOn;

    /**
     * Required for an active record. Name such as "2026/2027", at most 20 characters.
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
     * Required for an active record. First day of the school year.
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
     * Required for an active record. Last day of the school year, not before startsOn.
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

}
