
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
 *         <element name="batchId" type="{urn:ru:ediary:exchange:journal:1}BatchId"/>
 *         <element name="records" type="{urn:ru:ediary:exchange:journal:1}BatchRecords"/>
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
    "batchId",
    "records"
})
@XmlRootElement(name = "submitBatch")
public class SubmitBatch {

    /**
     * Identifier of the batch, chosen by the journal; a replay with the same batchId returns the first receipt and changes nothing.
     * 
     */
    @XmlElement(required = true)
    protected String batchId;
    /**
     * The batch's records.
     * 
     */
    @XmlElement(required = true)
    protected BatchRecords records;

    /**
     * Identifier of the batch, chosen by the journal; a replay with the same batchId returns the first receipt and changes nothing.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getBatchId() {
        return batchId;
    }

    /**
     * Sets the value of the batchId property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getBatchId()
     */
    public void setBatchId(String value) {
        this.batchId = value;
    }

    /**
     * The batch's records.
     * 
     * @return
     *     possible object is
     *     {@link BatchRecords }
     *     
     */
    public BatchRecords getRecords() {
        return records;
    }

    /**
     * Sets the value of the records property.
     * 
     * @param value
     *     allowed object is
     *     {@link BatchRecords }
     *     
     * @see #getRecords()
     */
    public void setRecords(BatchRecords value) {
        this.records = value;
    }

}
