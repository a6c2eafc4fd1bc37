
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;


/**
 * How a guardian is related to a student.
 * 
 * <p>Java class for Relation</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="Relation">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="MOTHER"/>
 *     <enumeration value="FATHER"/>
 *     <enumeration value="GUARDIAN"/>
 *     <enumeration value="TRUSTEE"/>
 *     <enumeration value="OTHER"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "Relation")
@XmlEnum
public enum Relation {


    /**
     * Mother.
     * 
     */
    MOTHER,

    /**
     * Father.
     * 
     */
    FATHER,

    /**
     * Guardian (of a minor under 14).
     * 
     */
    GUARDIAN,

    /**
     * Trustee (guardian of a minor aged 14–18).
     * 
     */
    TRUSTEE,

    /**
     * Other legal representative.
     * 
     */
    OTHER;

    public String value() {
        return name();
    }

    public static Relation fromValue(String v) {
        return valueOf(v);
    }

}
