
package ru.ediary.interfaces.regional.contract;

import java.util.ArrayList;
import java.util.List;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Delivery of the curriculum plan in the period. Never suppressed: lessons are not people.
 * 
 * <p>Java class for LessonFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="LessonFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="subject" type="{urn:ru:ediary:reporting:regional:1}SubjectLessons" maxOccurs="unbounded" minOccurs="0"/>
 *         <element name="total" type="{urn:ru:ediary:reporting:regional:1}LessonCounts"/>
 *         <element name="lessonType" type="{urn:ru:ediary:reporting:regional:1}LessonTypeCount" maxOccurs="unbounded" minOccurs="0"/>
 *       </sequence>
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LessonFigures", propOrder = {
    "subject",
    "total",
    "lessonType"
})
public class LessonFigures {

    /**
     * Per subject: planned, held, deficit.
     * 
     */
    protected List<SubjectLessons> subject;
    /**
     * The total over all subjects.
     * 
     */
    @XmlElement(required = true)
    protected LessonCounts total;
    /**
     * The lessons held per lesson type.
     * 
     */
    protected List<LessonTypeCount> lessonType;

    /**
     * Per subject: planned, held, deficit.
     * 
     * Gets the value of the subject property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the subject property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getSubject().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link SubjectLessons }
     * </p>
     * 
     * 
     * @return
     *     The value of the subject property.
     */
    public List<SubjectLessons> getSubject() {
        if (subject == null) {
            subject = new ArrayList<>();
        }
        return this.subject;
    }

    /**
     * The total over all subjects.
     * 
     * @return
     *     possible object is
     *     {@link LessonCounts }
     *     
     */
    public LessonCounts getTotal() {
        return total;
    }

    /**
     * Sets the value of the total property.
     * 
     * @param value
     *     allowed object is
     *     {@link LessonCounts }
     *     
     * @see #getTotal()
     */
    public void setTotal(LessonCounts value) {
        this.total = value;
    }

    /**
     * The lessons held per lesson type.
     * 
     * Gets the value of the lessonType property.
     * 
     * <p>This accessor method returns a reference to the live list,
     * not a snapshot. Therefore any modification you make to the
     * returned list will be present inside the JAXB object.
     * This is why there is not a <CODE>set</CODE> method for the lessonType property.</p>
     * 
     * <p>
     * For example, to add a new item, do as follows:
     * </p>
     * <pre>
     * getLessonType().add(newItem);
     * </pre>
     * 
     * 
     * <p>
     * Objects of the following type(s) are allowed in the list
     * {@link LessonTypeCount }
     * </p>
     * 
     * 
     * @return
     *     The value of the lessonType property.
     */
    public List<LessonTypeCount> getLessonType() {
        if (lessonType == null) {
            lessonType = new ArrayList<>();
        }
        return this.lessonType;
    }

}
