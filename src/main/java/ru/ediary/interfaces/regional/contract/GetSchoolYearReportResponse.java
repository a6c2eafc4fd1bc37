
package ru.ediary.interfaces.regional.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * <p>Java class for anonymous complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType>
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="report" type="{urn:ru:ediary:reporting:regional:1}RegionalReport"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = {
    "report"
})
@XmlRootElement(name = "getSchoolYearReportResponse")
public class GetSchoolYearReportResponse {

    /**
     * The report.
     * 
     */
    @XmlElement(required = true)
    protected RegionalReport report;

    /**
     * The report.
     * 
     * @return
     *     possible object is
     *     {@link RegionalReport }
     *     
     */
    public RegionalReport getReport() {
        return report;
    }

    /**
     * Sets the value of the report property.
     * 
     * @param value
     *     allowed object is
     *     {@link RegionalReport }
     *     
     * @see #getReport()
     */
    public void setReport(RegionalReport value) {
        this.report = value;
    }

}
