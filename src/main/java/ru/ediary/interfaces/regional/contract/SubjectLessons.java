
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The lessons of one subject in the period.
 * 
 * <p>Java class for SubjectLessons complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="SubjectLessons">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="name" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="planned" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *         <element name="held" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *         <element name="deficit" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubjectLessons", propOrder = {
    "name",
    "planned",
    "held",
    "deficit"
})
public class SubjectLessons {

    /**
     * Name of the subject.
     * 
     */
    @XmlElement(required = true)
    protected String name;
    /**
     * Lessons planned for the period by the curriculum plan.
     * 
     */
    protected long planned;
    /**
     * Lessons held.
     * 
     */
    protected long held;
    /**
     * Deficit: planned − held where positive, otherwise 0.
     * 
     */
    protected long deficit;

    /**
     * Name of the subject.
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
     * Lessons planned for the period by the curriculum plan.
     * 
     */
    public long getPlanned() {
        return planned;
    }

    /**
     * Sets the value of the planned property.
     * 
     */
    public void setPlanned(long value) {
        this.planned = value;
    }

    /**
     * Lessons held.
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

    /**
     * Deficit: planned − held where positive, otherwise 0.
     * 
     */
    public long getDeficit() {
        return deficit;
    }

    /**
     * Sets the value of the deficit property.
     * 
     */
    public void setDeficit(long value) {
        this.deficit = value;
    }

}
