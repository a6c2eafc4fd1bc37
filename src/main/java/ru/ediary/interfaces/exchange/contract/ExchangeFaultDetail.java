
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Why a request was not carried out at all. Codes: BATCH_TOO_LARGE — the batch holds more than 50,000 records; MESSAGE_TOO_LARGE — the message is larger than allowed; UNKNOWN_BATCH — the school never submitted a batch with this batchId; BATCH_IN_PROGRESS — a batch with this batchId is still being applied, ask for its receipt later; SCHEMA_VIOLATION — the message does not match the schema, nothing was applied; INVALID_FILTER — a reconciliation filter names an unknown period or class, or does not apply to the kind; FOREIGN_SCHOOL — the request concerns a school the account is not bound to. Before the message is read: MALFORMED_MESSAGE — the message is not well-formed XML or carries a DTD; UNSUPPORTED_MEDIA_TYPE — the message was not sent as text/xml (HTTP 415); TRANSPORT_NOT_SECURE — the message came over plain HTTP and the server takes the exchange over HTTPS only (the UsernameToken's password is not read off a clear channel). Authentication failures are SOAP Faults with faultcode wsse:FailedAuthentication.
 * 
 * <p>Java class for ExchangeFaultDetail complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="ExchangeFaultDetail">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="code" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="message" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExchangeFaultDetail", propOrder = {
    "code",
    "message"
})
public class ExchangeFaultDetail {

    /**
     * The fault code: BATCH_TOO_LARGE, MESSAGE_TOO_LARGE, UNKNOWN_BATCH, BATCH_IN_PROGRESS, SCHEMA_VIOLATION, INVALID_FILTER, FOREIGN_SCHOOL, MALFORMED_MESSAGE, UNSUPPORTED_MEDIA_TYPE, TRANSPORT_NOT_SECURE.
     * 
     */
    @XmlElement(required = true)
    protected String code;
    /**
     * A human-readable explanation.
     * 
     */
    @XmlElement(required = true)
    protected String message;

    /**
     * The fault code: BATCH_TOO_LARGE, MESSAGE_TOO_LARGE, UNKNOWN_BATCH, BATCH_IN_PROGRESS, SCHEMA_VIOLATION, INVALID_FILTER, FOREIGN_SCHOOL, MALFORMED_MESSAGE, UNSUPPORTED_MEDIA_TYPE, TRANSPORT_NOT_SECURE.
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
     * A human-readable explanation.
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
