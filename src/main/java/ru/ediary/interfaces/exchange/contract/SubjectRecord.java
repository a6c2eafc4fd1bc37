
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A school subject. Record kind subject.
 * 
 * <p>Java class for SubjectRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="SubjectRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="name" type="{urn:ru:ediary:exchange:journal:1}Text150" minOccurs="0"/>
 *         <element name="shortName" type="{urn:ru:ediary:exchange:journal:1}Text40" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubjectRecord", propOrder = {
    "name",
    "shortName"
})
public class SubjectRecord
    extends JournalRecord
{

    /**
     * Required for an active record. Full name, at most 150 characters.
     * 
     */
    protected String name;
    /**
     * Optional. Short name such as "Рус. яз.", at most 40 characters.
     * 
     */
    protected String shortName;

    /**
     * Required for an active record. Full name, at most 150 characters.
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
     * Optional. Short name such as "Рус. яз.", at most 40 characters.
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

}
