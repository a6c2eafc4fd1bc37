
package ru.ediary.interfaces.regional.contract;

import java.util.ArrayList;
import java.util.List;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
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
 *         <element name="indicator" type="{urn:ru:ediary:reporting:regional:1}Indicator"/>
 *         <element name="school" type="{urn:ru:ediary:reporting:regional:1}SchoolCode" minOccurs="0"/>
 *         <element name="point" type="{urn:ru:ediary:reporting:regional:1}IndicatorPoint" maxOccurs="unbounded" minOccurs="0"/>
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
    "indicator",
    "school",
    "point"
})
@XmlRootElement(name = "getIndicatorSeriesResponse")
public class GetIndicatorSeriesResponse {

    /**
     * The indicator.
     * 
     */
    @XmlElement(required = true)
    @XmlSchemaType(name = "string")
    protected Indicator indicator;
    /**
     * The school, when the request concerned one school.
     * 
     */
    protected String school;
    /**
     * One point per period (of any kind) that ended within from–to in the region's schools (by its latest end among the schools), in time order: by endsOn, then by startsOn.
     * 
     */
    protected List<IndicatorPoint> point;

    /**
     * The indicator.
     * 
     * @return
     *     possible object is
     *     {@link Indicator }
     *     
     */
    public Indicator getIndicator() {
        return indicator;
    }

    /**
     * Sets the value of the indicator property.
     * 
     * @param value
     *     allowed object is
     *     {@link Indicator }
     *     
     * @see #getIndicator()
     */
    public void setIndicator(Indicator value) {
        this.indicator = value;
    }

    /**
     * The school, when the request concerned one school.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSchool() {
        return school;
    }

    /**
     * Sets the value of the school property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSchool()
     */
    public void setSchool(String value) {
        this.school = value;
    }

    /**
     * One point per period (of any kind) that ended within from–to in the region's schools (by its latest end among the schools), in time order: by endsOn, then by startsOn.
     * 
     * Gets the value of the point property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the point property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getPoint().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link IndicatorPoint }
     * </p>
     * 
     * 
     * @return
     *     The value of the point property.
     */
    public List<IndicatorPoint> getPoint() {
        if (point == null) {
            point = new ArrayList<>();
        }
        return this.point;
    }

}
