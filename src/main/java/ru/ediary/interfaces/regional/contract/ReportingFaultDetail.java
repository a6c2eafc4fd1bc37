
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Why a request was not carried out. Codes: UNKNOWN_SCHOOL — no school with this code; FOREIGN_SCHOOL — the school belongs to another region; UNKNOWN_SCHOOL_YEAR — no school of the region has this school year; INVALID_PERIOD — the period does not exist (such as QUARTER 5), or no school of the region has it in this school year; INVALID_RANGE — from is after to, or the range is longer than 12 years; SCHEMA_VIOLATION — the message does not match the schema; MESSAGE_TOO_LARGE — the message is larger than allowed; ACCESS_DENIED — the account is valid but is not the account of a regional education authority (role REGION). Before the message is read: MALFORMED_MESSAGE — the message is not well-formed XML or carries a DTD; TRANSPORT_NOT_SECURE — the message came over plain HTTP and the server takes requests over HTTPS only (the UsernameToken's password is not read off a clear channel). Wrong or missing credentials: a SOAP Fault with faultcode wsse:FailedAuthentication.
 * 
 * <p>Java class for ReportingFaultDetail complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="ReportingFaultDetail">
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
@XmlType(name = "ReportingFaultDetail", propOrder = {
    "code",
    "message"
})
public class ReportingFaultDetail {

    /**
     * The fault code: UNKNOWN_SCHOOL, FOREIGN_SCHOOL, UNKNOWN_SCHOOL_YEAR, INVALID_PERIOD, INVALID_RANGE, SCHEMA_VIOLATION, MALFORMED_MESSAGE, MESSAGE_TOO_LARGE, ACCESS_DENIED, TRANSPORT_NOT_SECURE.
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
     * The fault code: UNKNOWN_SCHOOL, FOREIGN_SCHOOL, UNKNOWN_SCHOOL_YEAR, INVALID_PERIOD, INVALID_RANGE, SCHEMA_VIOLATION, MALFORMED_MESSAGE, MESSAGE_TOO_LARGE, ACCESS_DENIED, TRANSPORT_NOT_SECURE.
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
