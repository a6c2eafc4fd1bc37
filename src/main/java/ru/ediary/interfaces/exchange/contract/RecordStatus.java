
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Status of a record in the journal.
 * 
 * <p>Java class for RecordStatus</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="RecordStatus">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="active"/>
 *     <enumeration value="deleted"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "RecordStatus")
@XmlEnum
public enum RecordStatus {


    /**
     * The record is in force; its fields create or update eDiary's record.
     * 
     */
    @XmlEnumValue("active")
    ACTIVE("active"),

    /**
     * The record was deleted in the journal; eDiary marks it deleted (a soft delete). No fields are needed.
     * 
     */
    @XmlEnumValue("deleted")
    DELETED("deleted");
    private final String value;

    RecordStatus(String v) {
        value = v;
    }

    /**
     * Gets the value associated to the enum constant.
     * 
     * @return
     *     The value linked to the enum.
     */
    public String value() {
        return value;
    }

    /**
     * Gets the enum associated to the value passed as parameter.
     * 
     * @param v
     *     The value to get the enum from.
     * @return
     *     The enum which corresponds to the value, if it exists.
     * @throws IllegalArgumentException
     *     If no value matches in the enum declaration.
     */
    public static RecordStatus fromValue(String v) {
        for (RecordStatus c: RecordStatus.values()) {
            if (c.value.equals(v)) {
                return c;
            }
        }
        throw new IllegalArgumentException(v);
    }

}
