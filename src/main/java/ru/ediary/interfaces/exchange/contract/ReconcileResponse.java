
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
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
 *         <element name="kind" type="{urn:ru:ediary:exchange:journal:1}RecordKindLabel"/>
 *         <element name="count" type="{http://www.w3.org/2001/XMLSchema}long"/>
 *         <element name="digest" type="{urn:ru:ediary:exchange:journal:1}Sha256Hex"/>
 *         <element name="algorithm" type="{http://www.w3.org/2001/XMLSchema}string"/>
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
    "kind",
    "count",
    "digest",
    "algorithm"
})
@XmlRootElement(name = "reconcileResponse")
public class ReconcileResponse {

    /**
     * Kind of the reconciled records.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected RecordKindLabel kind;
    /**
     * Number of active records of the kind that pass the filters.
     * 
     */
    protected long count;
    /**
     * SHA-256 over the UTF-8 bytes of a text holding one line sourcedId + "\t" + version + "\n" per active (not deleted) record of the kind that eDiary holds and that passes the filters; lines are ordered by sourcedId ascending in Java String order (String.compareTo, by UTF-16 code units); version is the number eDiary stores (the record's version, or lastModified as milliseconds since 1970-01-01T00:00:00Z) in decimal without leading zeros. The result is 64 lower-case hexadecimal digits. For no records it is the SHA-256 of the empty string, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
     * 
     */
    @XmlElement(required = true)
    protected String digest;
    /**
     * The digest algorithm, currently always "SHA-256".
     * 
     */
    @XmlElement(required = true)
    protected String algorithm;

    /**
     * Kind of the reconciled records.
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
     * Number of active records of the kind that pass the filters.
     * 
     */
    public long getCount() {
        return count;
    }

    /**
     * Sets the value of the count property.
     * 
     */
    public void setCount(long value) {
        this.count = value;
    }

    /**
     * SHA-256 over the UTF-8 bytes of a text holding one line sourcedId + "\t" + version + "\n" per active (not deleted) record of the kind that eDiary holds and that passes the filters; lines are ordered by sourcedId ascending in Java String order (String.compareTo, by UTF-16 code units); version is the number eDiary stores (the record's version, or lastModified as milliseconds since 1970-01-01T00:00:00Z) in decimal without leading zeros. The result is 64 lower-case hexadecimal digits. For no records it is the SHA-256 of the empty string, e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getDigest() {
        return digest;
    }

    /**
     * Sets the value of the digest property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getDigest()
     */
    public void setDigest(String value) {
        this.digest = value;
    }

    /**
     * The digest algorithm, currently always "SHA-256".
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getAlgorithm() {
        return algorithm;
    }

    /**
     * Sets the value of the algorithm property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getAlgorithm()
     */
    public void setAlgorithm(String value) {
        this.algorithm = value;
    }

}
