
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A teacher (member of the teaching staff) of the school. Record kind teacher.
 * 
 * <p>Java class for TeacherRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="TeacherRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="lastName" type="{urn:ru:ediary:exchange:journal:1}Text100" minOccurs="0"/>
 *         <element name="firstName" type="{urn:ru:ediary:exchange:journal:1}Text100" minOccurs="0"/>
 *         <element name="middleName" type="{urn:ru:ediary:exchange:journal:1}Text100" minOccurs="0"/>
 *         <element name="position" type="{urn:ru:ediary:exchange:journal:1}Text120" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TeacherRecord", propOrder = {
    "lastName",
    "firstName",
    "middleName",
    "position"
})
public class TeacherRecord
    extends JournalRecord
{

    /**
     * Required for an active record. Last name (surname), at most 100 characters.
     * 
     */
    protected String lastName;
    /**
     * Required for an active record. First name, at most 100 characters.
     * 
     */
    protected String firstName;
    /**
     * Optional. Patronymic (middle name), at most 100 characters; absent when the person has none.
     * 
     */
    protected String middleName;
    /**
     * Optional. Position such as "учитель математики" (mathematics teacher), at most 120 characters.
     * 
     */
    protected String position;

    /**
     * Required for an active record. Last name (surname), at most 100 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getLastName() {
        return lastName;
    }

    /**
     * Sets the value of the lastName property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getLastName()
     */
    public void setLastName(String value) {
        this.lastName = value;
    }

    /**
     * Required for an active record. First name, at most 100 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getFirstName() {
        return firstName;
    }

    /**
     * Sets the value of the firstName property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getFirstName()
     */
    public void setFirstName(String value) {
        this.firstName = value;
    }

    /**
     * Optional. Patronymic (middle name), at most 100 characters; absent when the person has none.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getMiddleName() {
        return middleName;
    }

    /**
     * Sets the value of the middleName property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getMiddleName()
     */
    public void setMiddleName(String value) {
        this.middleName = value;
    }

    /**
     * Optional. Position such as "учитель математики" (mathematics teacher), at most 120 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getPosition() {
        return position;
    }

    /**
     * Sets the value of the position property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getPosition()
     */
    public void setPosition(String value) {
        this.position = value;
    }

}
