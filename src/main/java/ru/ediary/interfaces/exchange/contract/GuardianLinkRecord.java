
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The link between a guardian and a student. Record kind guardianLink.
 * 
 * <p>Java class for GuardianLinkRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="GuardianLinkRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="guardian" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="relation" type="{urn:ru:ediary:exchange:journal:1}Relation" minOccurs="0"/>
 *         <element name="basisDocument" type="{urn:ru:ediary:exchange:journal:1}Text300" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "GuardianLinkRecord", propOrder = {
    "guardian",
    "student",
    "relation",
    "basisDocument"
})
public class GuardianLinkRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The guardian: sourcedId of a guardian record.
     * 
     */
    protected String guardian;
    /**
     * Required for an active record. The student: sourcedId of a student record.
     * 
     */
    protected String student;
    /**
     * Required for an active record. How the guardian is related to the student.
     * 
     */
    @XmlSchemaType(name = "string")
    protected Relation relation;
    /**
     * Optional. The supporting document such as "Свидетельство о рождении" (birth certificate), at most 300 characters.
     * 
     */
    protected String basisDocument;

    /**
     * Required for an active record. The guardian: sourcedId of a guardian record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getGuardian() {
        return guardian;
    }

    /**
     * Sets the value of the guardian property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getGuardian()
     */
    public void setGuardian(String value) {
        this.guardian = value;
    }

    /**
     * Required for an active record. The student: sourcedId of a student record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getStudent() {
        return student;
    }

    /**
     * Sets the value of the student property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getStudent()
     */
    public void setStudent(String value) {
        this.student = value;
    }

    /**
     * Required for an active record. How the guardian is related to the student.
     * 
     * @return
     *     possible object is
     *     {@link Relation }
     *     
     */
    public Relation getRelation() {
        return relation;
    }

    /**
     * Sets the value of the relation property.
     * 
     * @param value
     *     allowed object is
     *     {@link Relation }
     *     
     * @see #getRelation()
     */
    public void setRelation(Relation value) {
        this.relation = value;
    }

    /**
     * Optional. The supporting document such as "Свидетельство о рождении" (birth certificate), at most 300 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getBasisDocument() {
        return basisDocument;
    }

    /**
     * Sets the value of the basisDocument property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getBasisDocument()
     */
    public void setBasisDocument(String value) {
        this.basisDocument = value;
    }

}
