
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A type of lesson from the journal's catalogue. Record kind lessonType.
 * 
 * <p>Java class for LessonTypeRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="LessonTypeRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="name" type="{urn:ru:ediary:exchange:journal:1}Text120" minOccurs="0"/>
 *         <element name="controlWork" type="{http://www.w3.org/2001/XMLSchema}boolean" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LessonTypeRecord", propOrder = {
    "name",
    "controlWork"
})
public class LessonTypeRecord
    extends JournalRecord
{

    /**
     * Required for an active record. Name such as "Изучение нового материала" (new material), at most 120 characters.
     * 
     */
    protected String name;
    /**
     * Optional. A lesson of this type is a test (control work); absent means false.
     * 
     */
    protected Boolean controlWork;

    /**
     * Required for an active record. Name such as "Изучение нового материала" (new material), at most 120 characters.
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
     * Optional. A lesson of this type is a test (control work); absent means false.
     * 
     * @return
     *     possible object is
     *     {@link Boolean }
     *     
     */
    public Boolean isControlWork() {
        return controlWork;
    }

    /**
     * Sets the value of the controlWork property.
     * 
     * @param value
     *     allowed object is
     *     {@link Boolean }
     *     
     * @see #isControlWork()
     */
    public void setControlWork(Boolean value) {
        this.controlWork = value;
    }

}
