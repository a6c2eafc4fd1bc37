
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A reporting period (quarter, trimester, half-year, year) of a school year. Record kind academicPeriod.
 * 
 * <p>Java class for AcademicPeriodRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="AcademicPeriodRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="schoolYear" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="parent" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="kind" type="{urn:ru:ediary:exchange:journal:1}PeriodKind" minOccurs="0"/>
 *         <element name="ordinal" type="{urn:ru:ediary:exchange:journal:1}PeriodOrdinal" minOccurs="0"/>
 *         <element name="name" type="{urn:ru:ediary:exchange:journal:1}Text60" minOccurs="0"/>
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
@XmlType(name = "AcademicPeriodRecord", propOrder = {
    "schoolYear",
    "parent",
    "kind",
    "ordinal",
    "name",
    "startsOn",
    "endsOn"
})
public class AcademicPeriodRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The school year: sourcedId of a schoolYear record.
     * 
     */
    protected String schoolYear;
    /**
     * Optional. The enclosing period (e.g. the half-year of a quarter): sourcedId of an academicPeriod record of the same school year; the period must lie inside it.
     * 
     */
    protected String parent;
    /**
     * Required for an active record. The kind of period.
     * 
     */
    @XmlSchemaType(name = "string")
    protected PeriodKind kind;
    /**
     * Required for an active record. Ordinal number of the period within the year, 1–4.
     * 
     */
    protected Integer ordinal;
    /**
     * Required for an active record. Name such as "1 четверть", at most 60 characters.
     * 
     */
    protected String name;
    /**
     * Required for an active record. First day of the period, within the school year (otherwise OUTSIDE_SCHOOL_YEAR).
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar startsOn;
    /**
     * Required for an active record. Last day of the period, not before startsOn, within the school year.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar endsOn;

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
     * Optional. The enclosing period (e.g. the half-year of a quarter): sourcedId of an academicPeriod record of the same school year; the period must lie inside it.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getParent() {
        return parent;
    }

    /**
     * Sets the value of the parent property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getParent()
     */
    public void setParent(String value) {
        this.parent = value;
    }

    /**
     * Required for an active record. The kind of period.
     * 
     * @return
     *     possible object is
     *     {@link PeriodKind }
     *     
     */
    public PeriodKind getKind() {
        return kind;
    }

    /**
     * Sets the value of the kind property.
     * 
     * @param value
     *     allowed object is
     *     {@link PeriodKind }
     *     
     * @see #getKind()
     */
    public void setKind(PeriodKind value) {
        this.kind = value;
    }

    /**
     * Required for an active record. Ordinal number of the period within the year, 1–4.
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getOrdinal() {
        return ordinal;
    }

    /**
     * Sets the value of the ordinal property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getOrdinal()
     */
    public void setOrdinal(Integer value) {
        this.ordinal = value;
    }

    /**
     * Required for an active record. Name such as "1 четверть", at most 60 characters.
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
     * Required for an active record. First day of the period, within the school year (otherwise OUTSIDE_SCHOOL_YEAR).
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
     * Required for an active record. Last day of the period, not before startsOn, within the school year.
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
