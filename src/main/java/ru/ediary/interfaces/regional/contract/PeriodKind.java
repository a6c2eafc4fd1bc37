
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Kind of reporting period.
 * 
 * <p>Java class for PeriodKind</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="PeriodKind">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="QUARTER"/>
 *     <enumeration value="TRIMESTER"/>
 *     <enumeration value="HALF_YEAR"/>
 *     <enumeration value="YEAR"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "PeriodKind")
@XmlEnum
public enum PeriodKind {


    /**
     * Quarter (numbers 1–4).
     * 
     */
    QUARTER,

    /**
     * Trimester (numbers 1–3).
     * 
     */
    TRIMESTER,

    /**
     * Half-year (numbers 1–2).
     * 
     */
    HALF_YEAR,

    /**
     * School year (number 1).
     * 
     */
    YEAR;

    public String value() {
        return name();
    }

    public static PeriodKind fromValue(String v) {
        return valueOf(v);
    }

}
