
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The results of one grade level of a school (with detail = true only).
 * 
 * <p>Java class for GradeLevelFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="GradeLevelFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="grade" type="{urn:ru:ediary:reporting:regional:1}GradeLevel"/>
 *         <element name="results" type="{urn:ru:ediary:reporting:regional:1}ResultFigures"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "GradeLevelFigures", propOrder = {
    "grade",
    "results"
})
public class GradeLevelFigures {

    /**
     * The grade level, 1–11.
     * 
     */
    protected int grade;
    /**
     * The grade level's results; a part of the school's results for secondary suppression.
     * 
     */
    @XmlElement(required = true)
    protected ResultFigures results;

    /**
     * The grade level, 1–11.
     * 
     */
    public int getGrade() {
        return grade;
    }

    /**
     * Sets the value of the grade property.
     * 
     */
    public void setGrade(int value) {
        this.grade = value;
    }

    /**
     * The grade level's results; a part of the school's results for secondary suppression.
     * 
     * @return
     *     possible object is
     *     {@link ResultFigures }
     *     
     */
    public ResultFigures getResults() {
        return results;
    }

    /**
     * Sets the value of the results property.
     * 
     * @param value
     *     allowed object is
     *     {@link ResultFigures }
     *     
     * @see #getResults()
     */
    public void setResults(ResultFigures value) {
        this.results = value;
    }

}
