
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * Homework set at a lesson. Record kind homework.
 * 
 * <p>Java class for HomeworkRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="HomeworkRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="lesson" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="dueOn" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="text" type="{urn:ru:ediary:exchange:journal:1}Text4000" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "HomeworkRecord", propOrder = {
    "lesson",
    "dueOn",
    "text"
})
public class HomeworkRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The lesson it was set at: sourcedId of a lesson record.
     * 
     */
    protected String lesson;
    /**
     * Required for an active record. Due date, not before the date of the lesson.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar dueOn;
    /**
     * Required for an active record. Text of the assignment, at most 4000 characters.
     * 
     */
    protected String text;

    /**
     * Required for an active record. The lesson it was set at: sourcedId of a lesson record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getLesson() {
        return lesson;
    }

    /**
     * Sets the value of the lesson property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getLesson()
     */
    public void setLesson(String value) {
        this.lesson = value;
    }

    /**
     * Required for an active record. Due date, not before the date of the lesson.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getDueOn() {
        return dueOn;
    }

    /**
     * Sets the value of the dueOn property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getDueOn()
     */
    public void setDueOn(XMLGregorianCalendar value) {
        this.dueOn = value;
    }

    /**
     * Required for an active record. Text of the assignment, at most 4000 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getText() {
        return text;
    }

    /**
     * Sets the value of the text property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getText()
     */
    public void setText(String value) {
        this.text = value;
    }

}
