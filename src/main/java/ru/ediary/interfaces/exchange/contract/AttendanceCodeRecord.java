
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * An attendance code from the journal's catalogue (such as «Н», «Б»). Record kind attendanceCode.
 * 
 * <p>Java class for AttendanceCodeRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="AttendanceCodeRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="code" type="{urn:ru:ediary:exchange:journal:1}Text8" minOccurs="0"/>
 *         <element name="name" type="{urn:ru:ediary:exchange:journal:1}Text120" minOccurs="0"/>
 *         <element name="excused" type="{http://www.w3.org/2001/XMLSchema}boolean" minOccurs="0"/>
 *         <element name="present" type="{http://www.w3.org/2001/XMLSchema}boolean" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "AttendanceCodeRecord", propOrder = {
    "code",
    "name",
    "excused",
    "present"
})
public class AttendanceCodeRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The code as the journal shows it, such as «Н», at most 8 characters.
     * 
     */
    protected String code;
    /**
     * Required for an active record. What the code means, such as «Болезнь» (illness), at most 120 characters.
     * 
     */
    protected String name;
    /**
     * Optional. The absence is excused; absent means false.
     * 
     */
    protected Boolean excused;
    /**
     * Optional. The student was present (e.g. came late); absent means false.
     * 
     */
    protected Boolean present;

    /**
     * Required for an active record. The code as the journal shows it, such as «Н», at most 8 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getCode() {
        return code;
    }

    /**
     * Sets the value of the code property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getCode()
     */
    public void setCode(String value) {
        this.code = value;
    }

    /**
     * Required for an active record. What the code means, such as «Болезнь» (illness), at most 120 characters.
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
     * Optional. The absence is excused; absent means false.
     * 
     * @return
     *     possible object is
     *     {@link Boolean }
     *     
     */
    public Boolean isExcused() {
        return excused;
    }

    /**
     * Sets the value of the excused property.
     * 
     * @param value
     *     allowed object is
     *     {@link Boolean }
     *     
     * @see #isExcused()
     */
    public void setExcused(Boolean value) {
        this.excused = value;
    }

    /**
     * Optional. The student was present (e.g. came late); absent means false.
     * 
     * @return
     *     possible object is
     *     {@link Boolean }
     *     
     */
    public Boolean isPresent() {
        return present;
    }

    /**
     * Sets the value of the present property.
     * 
     * @param value
     *     allowed object is
     *     {@link Boolean }
     *     
     * @see #isPresent()
     */
    public void setPresent(Boolean value) {
        this.present = value;
    }

}
