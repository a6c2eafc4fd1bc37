
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for anonymous complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType>
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="receipt" type="{urn:ru:ediary:exchange:journal:1}BatchReceipt"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = {
    "receipt"
})
@XmlRootElement(name = "getReceiptResponse")
public class GetReceiptResponse {

    /**
     * The stored receipt of the batch (replayed is true).
     * 
     */
    @XmlElement(required = true)
    protected BatchReceipt receipt;

    /**
     * The stored receipt of the batch (replayed is true).
     * 
     * @return
     *     possible object is
     *     {@link BatchReceipt }
     *     
     */
    public BatchReceipt getReceipt() {
        return receipt;
    }

    /**
     * Sets the value of the receipt property.
     * 
     * @param value
     *     allowed object is
     *     {@link BatchReceipt }
     *     
     * @see #getReceipt()
     */
    public void setReceipt(BatchReceipt value) {
        this.receipt = value;
    }

}
