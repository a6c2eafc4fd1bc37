
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Delivery of messages: the messages created within the period's dates. Never suppressed: these are counts of messages.
 * 
 * <p>Java class for DeliveryFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="DeliveryFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="emailsSent" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *         <element name="smsSent" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *         <element name="dead" type="{urn:ru:ediary:reporting:regional:1}Count"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DeliveryFigures", propOrder = {
    "emailsSent",
    "smsSent",
    "dead"
})
public class DeliveryFigures {

    /**
     * E-mails sent.
     * 
     */
    protected long emailsSent;
    /**
     * Text messages (SMS) sent.
     * 
     */
    protected long smsSent;
    /**
     * Messages given up on.
     * 
     */
    protected long dead;

    /**
     * E-mails sent.
     * 
     */
    public long getEmailsSent() {
        return emailsSent;
    }

    /**
     * Sets the value of the emailsSent property.
     * 
     */
    public void setEmailsSent(long value) {
        this.emailsSent = value;
    }

    /**
     * Text messages (SMS) sent.
     * 
     */
    public long getSmsSent() {
        return smsSent;
    }

    /**
     * Sets the value of the smsSent property.
     * 
     */
    public void setSmsSent(long value) {
        this.smsSent = value;
    }

    /**
     * Messages given up on.
     * 
     */
    public long getDead() {
        return dead;
    }

    /**
     * Sets the value of the dead property.
     * 
     */
    public void setDead(long value) {
        this.dead = value;
    }

}
