
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;


/**
 * What applying a record did.
 * 
 * <p>Java class for RecordOutcome</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="RecordOutcome">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="CREATED"/>
 *     <enumeration value="UPDATED"/>
 *     <enumeration value="UNCHANGED"/>
 *     <enumeration value="REJECTED"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "RecordOutcome")
@XmlEnum
public enum RecordOutcome {


    /**
     * The record was created.
     * 
     */
    CREATED,

    /**
     * The record was changed (marked deleted included).
     * 
     */
    UPDATED,

    /**
     * Nothing changed: the version is not newer than the stored one, or an unknown record was deleted (eDiary remembers the deletion, so that an older version cannot create it).
     * 
     */
    UNCHANGED,

    /**
     * The record was rejected and nothing was written; code, field and message tell why.
     * 
     */
    REJECTED;

    public String value() {
        return name();
    }

    public static RecordOutcome fromValue(String v) {
        return valueOf(v);
    }

}
