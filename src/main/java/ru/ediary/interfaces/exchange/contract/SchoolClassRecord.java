
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A class (form) in a school year, such as 3Б. Record kind schoolClass.
 * 
 * <p>Java class for SchoolClassRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="SchoolClassRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="schoolYear" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="name" type="{urn:ru:ediary:exchange:journal:1}Text20" minOccurs="0"/>
 *         <element name="grade" type="{urn:ru:ediary:exchange:journal:1}GradeLevel" minOccurs="0"/>
 *         <element name="periodKind" type="{urn:ru:ediary:exchange:journal:1}PeriodKind" minOccurs="0"/>
 *         <element name="classTeacher" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SchoolClassRecord", propOrder = {
    "schoolYear",
    "name",
    "grade",
    "periodKind",
    "classTeacher"
})
public class SchoolClassRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The school year: sourcedId of a schoolYear record.
     * 
     */
    protected String schoolYear;
    /**
     * Required for an active record. Name of the class such as "3Б", at most 20 characters.
     * 
     */
    protected String name;
    /**
     * Required for an active record. Grade (year of study), 1–11; not above the school's top grade (4 for a primary, 9 for a basic, 11 for a secondary school), otherwise INVALID_VALUE.
     * 
     */
    protected Integer grade;
    /**
     * Required for an active record. Which kind of period the class is assessed by.
     * 
     */
    @XmlSchemaType(name = "string")
    protected PeriodKind periodKind;
    /**
     * Optional. The form teacher: sourcedId of a teacher record.
     * 
     */
    protected String classTeacher;

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
     * Required for an active record. Name of the class such as "3Б", at most 20 characters.
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
     * Required for an active record. Grade (year of study), 1–11; not above the school's top grade (4 for a primary, 9 for a basic, 11 for a secondary school), otherwise INVALID_VALUE.
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getGrade() {
        return grade;
    }

    /**
     * Sets the value of the grade property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getGrade()
     */
    public void setGrade(Integer value) {
        this.grade = value;
    }

    /**
     * Required for an active record. Which kind of period the class is assessed by.
     * 
     * @return
     *     possible object is
     *     {@link PeriodKind }
     *     
     */
    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    /**
     * Sets the value of the periodKind property.
     * 
     * @param value
     *     allowed object is
     *     {@link PeriodKind }
     *     
     * @see #getPeriodKind()
     */
    public void setPeriodKind(PeriodKind value) {
        this.periodKind = value;
    }

    /**
     * Optional. The form teacher: sourcedId of a teacher record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getClassTeacher() {
        return classTeacher;
    }

    /**
     * Sets the value of the classTeacher property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getClassTeacher()
     */
    public void setClassTeacher(String value) {
        this.classTeacher = value;
    }

}
