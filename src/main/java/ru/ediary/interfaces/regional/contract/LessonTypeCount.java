
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The lessons of one type held in the period.
 * 
 * <p>Java class for LessonTypeCount complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="LessonTypeCount">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="name" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="held" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LessonTypeCount", propOrder = {
    "name",
    "held"
})
public class LessonTypeCount {

    /**
     * Name of the lesson type.
     * 
     */
    @XmlElement(required = true)
    protected String name;
    /**
     * Lessons of this type held.
     * 
     */
    protected long held;

    /**
     * Name of the lesson type.
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
     * Lessons of this type held.
     * 
     */
    public long getHeld() {
        return held;
    }

    /**
     * Sets the value of the held property.
     * 
     */
    public void setHeld(long value) {
        this.held = value;
    }

}
