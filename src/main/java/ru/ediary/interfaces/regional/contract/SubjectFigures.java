
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The results of one subject of a school (with detail = true only).
 * 
 * <p>Java class for SubjectFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="SubjectFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="name" type="{http://www.w3.org/2001/XMLSchema}string"/>
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
@XmlType(name = "SubjectFigures", propOrder = {
    "name",
    "results"
})
public class SubjectFigures {

    /**
     * Name of the subject.
     * 
     */
    @XmlElement(required = true)
    protected String name;
    /**
     * The subject's results; a part of the school's results for secondary suppression.
     * 
     */
    @XmlElement(required = true)
    protected ResultFigures results;

    /**
     * Name of the subject.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getName() {
        return name;
    }

    /**
     * Sets the value of the name property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getName()
     */
    public void setName(String value) {
        this.name = value;
    }

    /**
     * The subject's results; a part of the school's results for secondary suppression.
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
