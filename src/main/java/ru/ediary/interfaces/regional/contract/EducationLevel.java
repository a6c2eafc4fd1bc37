
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The highest level of general education the school provides.
 * 
 * <p>Java class for EducationLevel</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="EducationLevel">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="PRIMARY"/>
 *     <enumeration value="BASIC"/>
 *     <enumeration value="SECONDARY"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "EducationLevel")
@XmlEnum
public enum EducationLevel {


    /**
     * Primary general education, grades 1–4.
     * 
     */
    PRIMARY,

    /**
     * Basic general education, grades 5–9 (the school provides primary education as well when it has grades 1–4).
     * 
     */
    BASIC,

    /**
     * Secondary general education, grades 10–11.
     * 
     */
    SECONDARY;

    public String value() {
        return name();
    }

    public static EducationLevel fromValue(String v) {
        return valueOf(v);
    }

}
