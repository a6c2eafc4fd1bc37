
package ru.ediary.interfaces.exchange.contract;

import java.math.BigDecimal;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A kind of work a mark is given for, with its weight. Record kind workType.
 * 
 * <p>Java class for WorkTypeRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="WorkTypeRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="name" type="{urn:ru:ediary:exchange:journal:1}Text120" minOccurs="0"/>
 *         <element name="weight" type="{urn:ru:ediary:exchange:journal:1}Weight" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "WorkTypeRecord", propOrder = {
    "name",
    "weight"
})
public class WorkTypeRecord
    extends JournalRecord
{

    /**
     * Required for an active record. Name such as "Контрольная работа" (test), at most 120 characters.
     * 
     */
    protected String name;
    /**
     * Required for an active record. Weight of a mark in the weighted average, 0–10, at most two decimal places.
     * 
     */
    protected BigDecimal weight;

    /**
     * Required for an active record. Name such as "Контрольная работа" (test), at most 120 characters.
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
     * Required for an active record. Weight of a mark in the weighted average, 0–10, at most two decimal places.
     * 
     * @return
     *     possible object is
     *     {@link BigDecimal }
     *     
     */
    public BigDecimal getWeight() {
        return weight;
    }

    /**
     * Sets the value of the weight property.
     * 
     * @param value
     *     allowed object is
     *     {@link BigDecimal }
     *     
     * @see #getWeight()
     */
    public void setWeight(BigDecimal value) {
        this.weight = value;
    }

}
