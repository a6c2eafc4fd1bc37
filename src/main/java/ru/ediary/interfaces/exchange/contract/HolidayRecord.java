
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A school holiday (vacation or public holiday) of a school year. Record kind holiday.
 * 
 * <p>Java class for HolidayRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="HolidayRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="schoolYear" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="name" type="{urn:ru:ediary:exchange:journal:1}Text100" minOccurs="0"/>
 *         <element name="startsOn" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="endsOn" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="onlyGrade" type="{urn:ru:ediary:exchange:journal:1}GradeLevel" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "HolidayRecord", propOrder = {
    "schoolYear",
    "name",
    "startsOn",
    "endsOn",
    "onlyGrade"
})
public class HolidayRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The school year: sourcedId of a schoolYear record.
     * 
     */
    protected String schoolYear;
    /**
     * Required for an active record. Name such as "Осенние каникулы" (autumn holidays), at most 100 characters.
     * 
     */
    protected String name;
    /**
     * Required for an active record. First day, within the school year.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar startsOn;
    /**
     * Required for an active record. Last day, not before startsOn, within the school year.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar endsOn;
    /**
     * Optional. Only for this grade (e.g. the extra holidays of the first grade), 1–11; absent means for all.
     * 
     */
    protected Integer onlyGrade;

    /**
     * Required for an active record. The school year: sourcedId of a schoolYear record.
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
     * Required for an active record. Name such as "Осенние каникулы" (autumn holidays), at most 100 characters.
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
     * Required for an active record. First day, within the school year.
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
     * Required for an active record. Last day, not before startsOn, within the school year.
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
     * Optional. Only for this grade (e.g. the extra holidays of the first grade), 1–11; absent means for all.
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getOnlyGrade() {
        return onlyGrade;
    }

    /**
     * Sets the value of the onlyGrade property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getOnlyGrade()
     */
    public void setOnlyGrade(Integer value) {
        this.onlyGrade = value;
    }

}
