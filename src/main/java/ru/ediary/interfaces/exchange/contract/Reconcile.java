
package ru.ediary.interfaces.exchange.contract;

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
 *         <element name="kind" type="{urn:ru:ediary:exchange:journal:1}RecordKindLabel"/>
 *         <element name="period" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="class" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
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
    "kind",
    "period",
    "clazz"
})
@XmlRootElement(name = "reconcile")
public class Reconcile {

    /**
     * Kind of the records to reconcile.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected RecordKindLabel kind;
    /**
     * Only the records of this reporting period (sourcedId of an active academicPeriod record): those referring to it (curriculumPlan, controlWork, finalGrade, deferral) or dated within it (lesson and mark by their date, attendance, homework and timetableChange by the lesson's date, recommendation by givenOn, examResult by examDate). An unknown period, or a kind that belongs to no period: the fault INVALID_FILTER.
     * 
     */
    protected String period;
    /**
     * Only the records of this class (sourcedId of an active schoolClass record): the class itself (schoolClass), its students (student) and groups (studyGroup), and the records of its students (individualPlan, studyGroupMember, mark, attendance, recommendation, finalGrade, deferral, examResult, guardianLink), and what is taught to the class, one of its groups or the individual plan of one of its students (lesson, timetableEntry, teachingAssignment, curriculumPlan, controlWork). An unknown class, or a kind that belongs to no class: the fault INVALID_FILTER.
     * 
     */
    @XmlElement(name = "class")
    protected String clazz;

    /**
     * Kind of the records to reconcile.
     * 
     * @return
     *     possible object is
     *     {@link RecordKindLabel }
     *     
     */
    public RecordKindLabel getKind() {
        return kind;
    }

    /**
     * Sets the value of the kind property.
     * 
     * @param value
     *     allowed object is
     *     {@link RecordKindLabel }
     *     
     * @see #getKind()
     */
    public void setKind(RecordKindLabel value) {
        this.kind = value;
    }

    /**
     * Only the records of this reporting period (sourcedId of an active academicPeriod record): those referring to it (curriculumPlan, controlWork, finalGrade, deferral) or dated within it (lesson and mark by their date, attendance, homework and timetableChange by the lesson's date, recommendation by givenOn, examResult by examDate). An unknown period, or a kind that belongs to no period: the fault INVALID_FILTER.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getPeriod() {
        return period;
    }

    /**
     * Sets the value of the period property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getPeriod()
     */
    public void setPeriod(String value) {
        this.period = value;
    }

    /**
     * Only the records of this class (sourcedId of an active schoolClass record): the class itself (schoolClass), its students (student) and groups (studyGroup), and the records of its students (individualPlan, studyGroupMember, mark, attendance, recommendation, finalGrade, deferral, examResult, guardianLink), and what is taught to the class, one of its groups or the individual plan of one of its students (lesson, timetableEntry, teachingAssignment, curriculumPlan, controlWork). An unknown class, or a kind that belongs to no class: the fault INVALID_FILTER.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getClazz() {
        return clazz;
    }

    /**
     * Sets the value of the clazz property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getClazz()
     */
    public void setClazz(String value) {
        this.clazz = value;
    }

}
