
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The lessons of the period over all subjects.
 * 
 * <p>Java class for LessonCounts complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="LessonCounts">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
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
@XmlType(name = "LessonCounts", propOrder = {
    "planned",
    "held",
    "deficit"
})
public class LessonCounts {

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
     * Deficit: the sum of the subjects' deficits.
     * 
     */
    protected long deficit;

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
     * Deficit: the sum of the subjects' deficits.
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
