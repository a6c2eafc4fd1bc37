
package ru.ediary.interfaces.regional.contract;

import java.util.ArrayList;
import java.util.List;
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
 *         <element name="regionName" type="{http://www.w3.org/2001/XMLSchema}string"/>
 *         <element name="school" type="{urn:ru:ediary:reporting:regional:1}SchoolCard" maxOccurs="unbounded" minOccurs="0"/>
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
    "regionName",
    "school"
})
@XmlRootElement(name = "listSchoolsResponse")
public class ListSchoolsResponse {

    /**
     * Name of the region.
     * 
     */
    @XmlElement(required = true)
    protected String regionName;
    /**
     * The schools of the region, by code.
     * 
     */
    protected List<SchoolCard> school;

    /**
     * Name of the region.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getRegionName() {
        return regionName;
    }

    /**
     * Sets the value of the regionName property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getRegionName()
     */
    public void setRegionName(String value) {
        this.regionName = value;
    }

    /**
     * The schools of the region, by code.
     * 
     * Gets the value of the school property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the school property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getSchool().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link SchoolCard }
     * </p>
     * 
     * 
     * @return
     *     The value of the school property.
     */
    public List<SchoolCard> getSchool() {
        if (school == null) {
            school = new ArrayList<>();
        }
        return this.school;
    }

}
