
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;


/**
 * State of a lesson.
 * 
 * <p>Java class for LessonStatus</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="LessonStatus">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="PLANNED"/>
 *     <enumeration value="HELD"/>
 *     <enumeration value="CANCELLED"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "LessonStatus")
@XmlEnum
public enum LessonStatus {


    /**
     * Planned.
     * 
     */
    PLANNED,

    /**
     * Held.
     * 
     */
    HELD,

    /**
     * Cancelled.
     * 
     */
    CANCELLED;

    public String value() {
        return name();
    }

    public static LessonStatus fromValue(String v) {
        return valueOf(v);
    }

}
