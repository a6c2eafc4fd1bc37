
package ru.ediary.interfaces.regional.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The card of a school of the region. No personal data.
 * 
 * <p>Java class for SchoolCard complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="SchoolCard">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="code" type="{urn:ru:ediary:reporting:regional:1}SchoolCode"/>
 *         <element name="name" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="shortName" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="level" type="{urn:ru:ediary:reporting:regional:1}EducationLevel"/>
 *         <element name="address" type="{http://www.w3.org/2001/XMLSchema}string" minOccurs="0"/>
 *         <element name="classes" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *         <element name="students" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *         <element name="lastBatchAt" type="{urn:ru:ediary:reporting:regional:1}Timestamp" minOccurs="0"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SchoolCard", propOrder = {
    "code",
    "name",
    "shortName",
    "level",
    "address",
    "classes",
    "students",
    "lastBatchAt"
})
public class SchoolCard {

    /**
     * The school's code in eDiary.
     * 
     */
    @XmlElement(required = true)
    protected String code;
    /**
     * The school's full name.
     * 
     */
    @XmlElement(required = true)
    protected String name;
    /**
     * The school's short name.
     * 
     */
    @XmlElement(required = true)
    protected String shortName;
    /**
     * The highest level of general education the school provides: primary (grades 1–4), basic (5–9) or secondary (10–11).
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected EducationLevel level;
    /**
     * The school's address; absent when not known.
     * 
     */
    protected String address;
    /**
     * Number of the school's classes in the current school year.
     * 
     */
    protected long classes;
    /**
     * Number of the school's students in the current school year.
     * 
     */
    protected long students;
    /**
     * When the school's electronic journal last sent a batch to eDiary: the freshness of the data; absent when it never has.
     * 
     */
    @XmlSchemaType(name = "dateTime")
    protected XMLGregorianCalendar lastBatchAt;

    /**
     * The school's code in eDiary.
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
     * The school's full name.
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
     * The school's short name.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getShortName() {
        return shortName;
    }

    /**
     * Sets the value of the shortName property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getShortName()
     */
    public void setShortName(String value) {
        this.shortName = value;
    }

    /**
     * The highest level of general education the school provides: primary (grades 1–4), basic (5–9) or secondary (10–11).
     * 
     * @return
     *     possible object is
     *     {@link EducationLevel }
     *     
     */
    public EducationLevel getLevel() {
        return level;
    }

    /**
     * Sets the value of the level property.
     * 
     * @param value
     *     allowed object is
     *     {@link EducationLevel }
     *     
     * @see #getLevel()
     */
    public void setLevel(EducationLevel value) {
        this.level = value;
    }

    /**
     * The school's address; absent when not known.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getAddress() {
        return address;
    }

    /**
     * Sets the value of the address property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getAddress()
     */
    public void setAddress(String value) {
        this.address = value;
    }

    /**
     * Number of the school's classes in the current school year.
     * 
     */
    public long getClasses() {
        return classes;
    }

    /**
     * Sets the value of the classes property.
     * 
     */
    public void setClasses(long value) {
        this.classes = value;
    }

    /**
     * Number of the school's students in the current school year.
     * 
     */
    public long getStudents() {
        return students;
    }

    /**
     * Sets the value of the students property.
     * 
     */
    public void setStudents(long value) {
        this.students = value;
    }

    /**
     * When the school's electronic journal last sent a batch to eDiary: the freshness of the data; absent when it never has.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getLastBatchAt() {
        return lastBatchAt;
    }

    /**
     * Sets the value of the lastBatchAt property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getLastBatchAt()
     */
    public void setLastBatchAt(XMLGregorianCalendar value) {
        this.lastBatchAt = value;
    }

}
