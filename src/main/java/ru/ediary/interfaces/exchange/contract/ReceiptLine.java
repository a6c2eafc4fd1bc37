
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The outcome of applying one record of a batch.
 * 
 * <p>Java class for ReceiptLine complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="ReceiptLine">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="position" type="{http://www.w3.org/2001/XMLSchema}int"/>
 *         <element name="kind" type="{urn:ru:ediary:exchange:journal:1}RecordKindLabel"/>
 *         <element name="sourcedId" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="outcome" type="{urn:ru:ediary:exchange:journal:1}RecordOutcome"/>
 *         <element name="code" type="{http://www.w3.org/2001/XMLSchema}string" minOccurs="0"/>
 *         <element name="field" type="{http://www.w3.org/2001/XMLSchema}string" minOccurs="0"/>
 *         <element name="message" type="{http://www.w3.org/2001/XMLSchema}string" minOccurs="0"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ReceiptLine", propOrder = {
    "position",
    "kind",
    "sourcedId",
    "outcome",
    "code",
    "field",
    "message"
})
public class ReceiptLine {

    /**
     * Position of the record in the batch's records, from zero.
     * 
     */
    protected int position;
    /**
     * Kind of the record.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected RecordKindLabel kind;
    /**
     * The record's sourcedId as it came.
     * 
     */
    @XmlElement(required = true)
    protected String sourcedId;
    /**
     * The outcome.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected RecordOutcome outcome;
    /**
     * The rejection code, only when outcome is REJECTED: MISSING_SOURCED_ID (no sourcedId), INVALID_VERSION (an invalid version), UNKNOWN_KIND (eDiary does not take this kind), UNKNOWN_FIELD (the kind has no such field), MISSING_FIELD (a required field is absent), INVALID_VALUE (an invalid value or combination of values), UNKNOWN_REFERENCE (a reference to an unknown record, such as a mark for an unknown student), FOREIGN_SCHOOL (a record of another school), OUTSIDE_SCHOOL_YEAR (a date or period outside the school year), PERIOD_NOT_STARTED (a final grade for a period that has not begun), DEADLINE_BEFORE_PERIOD_END (a deferral's deadline before the end of its period), RESULT_DATE_IN_FUTURE (the date of a result — a final grade or an exam result — after the day of the import), STORAGE_FAILURE (the database refused the record; it may be sent again). More codes may be added.
     * 
     */
    protected String code;
    /**
     * The field the rejection concerns, when there is one.
     * 
     */
    protected String field;
    /**
     * A human-readable explanation of the rejection (in English).
     * 
     */
    protected String message;

    /**
     * Position of the record in the batch's records, from zero.
     * 
     */
    public int getPosition() {
        return position;
    }

    /**
     * Sets the value of the position property.
     * 
     */
    public void setPosition(int value) {
        this.position = value;
    }

    /**
     * Kind of the record.
     * 
     * @return
     *     possible object is
     *     {@link RecordKindLabel }
     *     
     */
    public RecordKindLabel getKind() {
        return kind;
    }

    /**
     * Sets the value of the kind property.
     * 
     * @param value
     *     allowed object is
     *     {@link RecordKindLabel }
     *     
     * @see #getKind()
     */
    public void setKind(RecordKindLabel value) {
        this.kind = value;
    }

    /**
     * The record's sourcedId as it came.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSourcedId() {
        return sourcedId;
    }

    /**
     * Sets the value of the sourcedId property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSourcedId()
     */
    public void setSourcedId(String value) {
        this.sourcedId = value;
    }

    /**
     * The outcome.
     * 
     * @return
     *     possible object is
     *     {@link RecordOutcome }
     *     
     */
    public RecordOutcome getOutcome() {
        return outcome;
    }

    /**
     * Sets the value of the outcome property.
     * 
     * @param value
     *     allowed object is
     *     {@link RecordOutcome }
     *     
     * @see #getOutcome()
     */
    public void setOutcome(RecordOutcome value) {
        this.outcome = value;
    }

    /**
     * The rejection code, only when outcome is REJECTED: MISSING_SOURCED_ID (no sourcedId), INVALID_VERSION (an invalid version), UNKNOWN_KIND (eDiary does not take this kind), UNKNOWN_FIELD (the kind has no such field), MISSING_FIELD (a required field is absent), INVALID_VALUE (an invalid value or combination of values), UNKNOWN_REFERENCE (a reference to an unknown record, such as a mark for an unknown student), FOREIGN_SCHOOL (a record of another school), OUTSIDE_SCHOOL_YEAR (a date or period outside the school year), PERIOD_NOT_STARTED (a final grade for a period that has not begun), DEADLINE_BEFORE_PERIOD_END (a deferral's deadline before the end of its period), RESULT_DATE_IN_FUTURE (the date of a result — a final grade or an exam result — after the day of the import), STORAGE_FAILURE (the database refused the record; it may be sent again). More codes may be added.
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
     * The field the rejection concerns, when there is one.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getField() {
        return field;
    }

    /**
     * Sets the value of the field property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getField()
     */
    public void setField(String value) {
        this.field = value;
    }

    /**
     * A human-readable explanation of the rejection (in English).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getMessage() {
        return message;
    }

    /**
     * Sets the value of the message property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getMessage()
     */
    public void setMessage(String value) {
        this.message = value;
    }

}
