
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Kind of timetable change.
 * 
 * <p>Java class for ChangeKind</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="ChangeKind">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="SUBSTITUTION"/>
 *     <enumeration value="MOVE"/>
 *     <enumeration value="CANCELLATION"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "ChangeKind")
@XmlEnum
public enum ChangeKind {


    /**
     * A substitute teacher.
     * 
     */
    SUBSTITUTION,

    /**
     * The lesson was moved.
     * 
     */
    MOVE,

    /**
     * The lesson was cancelled.
     * 
     */
    CANCELLATION;

    public String value() {
        return name();
    }

    public static ChangeKind fromValue(String v) {
        return valueOf(v);
    }

}
