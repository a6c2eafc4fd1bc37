
package ru.ediary.interfaces.exchange.contract;

import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The receipt of a batch: when and how it was taken, counts of outcomes and a line per record. eDiary keeps the receipt; it can be asked for again (getReceipt).
 * 
 * <p>Java class for BatchReceipt complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="BatchReceipt">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="batchId" type="{urn:ru:ediary:exchange:journal:1}BatchId"/>
 *         <element name="school" type="{urn:ru:ediary:exchange:journal:1}SchoolCode"/>
 *         <element name="receivedAt" type="{http://www.w3.org/2001/XMLSchema}dateTime"/>
 *         <element name="durationMillis" type="{http://www.w3.org/2001/XMLSchema}long"/>
 *         <element name="replayed" type="{http://www.w3.org/2001/XMLSchema}boolean"/>
 *         <element name="created" type="{http://www.w3.org/2001/XMLSchema}int"/>
 *         <element name="updated" type="{http://www.w3.org/2001/XMLSchema}int"/>
 *         <element name="unchanged" type="{http://www.w3.org/2001/XMLSchema}int"/>
 *         <element name="rejected" type="{http://www.w3.org/2001/XMLSchema}int"/>
 *         <element name="line" type="{urn:ru:ediary:exchange:journal:1}ReceiptLine" maxOccurs="unbounded" minOccurs="0"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "BatchReceipt", propOrder = {
    "batchId",
    "school",
    "receivedAt",
    "durationMillis",
    "replayed",
    "created",
    "updated",
    "unchanged",
    "rejected",
    "line"
})
public class BatchReceipt {

    /**
     * Identifier of the batch.
     * 
     */
    @XmlElement(required = true)
    protected String batchId;
    /**
     * Code of the school the batch was taken into.
     * 
     */
    @XmlElement(required = true)
    protected String school;
    /**
     * When eDiary received the batch (the first time).
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "dateTime")
    protected XMLGregorianCalendar receivedAt;
    /**
     * How many milliseconds applying the batch took.
     * 
     */
    protected long durationMillis;
    /**
     * true when this is the stored receipt of an earlier submission of the same batchId (the replay changed nothing); false for the first submission.
     * 
     */
    protected boolean replayed;
    /**
     * Number of records created.
     * 
     */
    protected int created;
    /**
     * Number of records updated.
     * 
     */
    protected int updated;
    /**
     * Number of records unchanged.
     * 
     */
    protected int unchanged;
    /**
     * Number of records rejected.
     * 
     */
    protected int rejected;
    /**
     * The outcome of every record, in order of position.
     * 
     */
    protected List<ReceiptLine> line;

    /**
     * Identifier of the batch.
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
     * Code of the school the batch was taken into.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSchool() {
        return school;
    }

    /**
     * Sets the value of the school property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSchool()
     */
    public void setSchool(String value) {
        this.school = value;
    }

    /**
     * When eDiary received the batch (the first time).
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getReceivedAt() {
        return receivedAt;
    }

    /**
     * Sets the value of the receivedAt property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getReceivedAt()
     */
    public void setReceivedAt(XMLGregorianCalendar value) {
        this.receivedAt = value;
    }

    /**
     * How many milliseconds applying the batch took.
     * 
     */
    public long getDurationMillis() {
        return durationMillis;
    }

    /**
     * Sets the value of the durationMillis property.
     * 
     */
    public void setDurationMillis(long value) {
        this.durationMillis = value;
    }

    /**
     * true when this is the stored receipt of an earlier submission of the same batchId (the replay changed nothing); false for the first submission.
     * 
     */
    public boolean isReplayed() {
        return replayed;
    }

    /**
     * Sets the value of the replayed property.
     * 
     */
    public void setReplayed(boolean value) {
        this.replayed = value;
    }

    /**
     * Number of records created.
     * 
     */
    public int getCreated() {
        return created;
    }

    /**
     * Sets the value of the created property.
     * 
     */
    public void setCreated(int value) {
        this.created = value;
    }

    /**
     * Number of records updated.
     * 
     */
    public int getUpdated() {
        return updated;
    }

    /**
     * Sets the value of the updated property.
     * 
     */
    public void setUpdated(int value) {
        this.updated = value;
    }

    /**
     * Number of records unchanged.
     * 
     */
    public int getUnchanged() {
        return unchanged;
    }

    /**
     * Sets the value of the unchanged property.
     * 
     */
    public void setUnchanged(int value) {
        this.unchanged = value;
    }

    /**
     * Number of records rejected.
     * 
     */
    public int getRejected() {
        return rejected;
    }

    /**
     * Sets the value of the rejected property.
     * 
     */
    public void setRejected(int value) {
        this.rejected = value;
    }

    /**
     * The outcome of every record, in order of position.
     * 
     * Gets the value of the line property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the line property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getLine().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link ReceiptLine }
     * </p>
     * 
     * 
     * @return
     *     The value of the line property.
     */
    public List<ReceiptLine> getLine() {
        if (line == null) {
            line = new ArrayList<>();
        }
        return this.line;
    }

}
