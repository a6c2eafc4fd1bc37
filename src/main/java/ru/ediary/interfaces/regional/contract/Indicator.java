
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A results indicator; defined as in ResultFigures.
 * 
 * <p>Java class for Indicator</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * <pre>{@code
 * <simpleType name="Indicator">
 *   <restriction base="{http://www.w3.org/2001/XMLSchema}string">
 *     <enumeration value="AVERAGE_GRADE"/>
 *     <enumeration value="PASS_RATE"/>
 *     <enumeration value="QUALITY_RATE"/>
 *     <enumeration value="LEARNING_DEGREE"/>
 *   </restriction>
 * </simpleType>
 * }</pre>
 * 
 */
@XmlType(name = "Indicator")
@XmlEnum
public enum Indicator {


    /**
     * Average grade = Σ grades / (n5 + n4 + n3 + n2), two decimals.
     * 
     */
    AVERAGE_GRADE,

    /**
     * Pass rate (успеваемость) = (n5 + n4 + n3) / N · 100, per cent, one decimal.
     * 
     */
    PASS_RATE,

    /**
     * Quality rate (качество знаний) = (n5 + n4) / N · 100, per cent, one decimal.
     * 
     */
    QUALITY_RATE,

    /**
     * Degree of learning (СОУ, V. P. Simonov) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N, per cent, one decimal.
     * 
     */
    LEARNING_DEGREE;

    public String value() {
        return name();
    }

    public static Indicator fromValue(String v) {
        return valueOf(v);
    }

}
