
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A reporting period of a school year: its kind and number. Each school's own period of that kind and number is meant (the schools' dates may differ); classes assessed by another kind of period have no results in it.
 * 
 * <p>Java class for PeriodRef complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="PeriodRef">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="kind" type="{urn:ru:ediary:reporting:regional:1}PeriodKind"/>
 *         <element name="number" type="{urn:ru:ediary:reporting:regional:1}PeriodNumber"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PeriodRef", propOrder = {
    "kind",
    "number"
})
public class PeriodRef {

    /**
     * Kind of the period.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected PeriodKind kind;
    /**
     * Number of the period within the school year (1 for YEAR).
     * 
     */
    protected int number;

    /**
     * Kind of the period.
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
     * Number of the period within the school year (1 for YEAR).
     * 
     */
    public int getNumber() {
        return number;
    }

    /**
     * Sets the value of the number property.
     * 
     */
    public void setNumber(int value) {
        this.number = value;
    }

}
