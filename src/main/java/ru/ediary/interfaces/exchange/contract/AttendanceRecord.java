
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A student's attendance entry for a lesson. Record kind attendance.
 * 
 * <p>Java class for AttendanceRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="AttendanceRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="lesson" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="code" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "AttendanceRecord", propOrder = {
    "student",
    "lesson",
    "code"
})
public class AttendanceRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The student: sourcedId of a student record the lesson was taught to (otherwise INVALID_VALUE).
     * 
     */
    protected String student;
    /**
     * Required for an active record. The lesson: sourcedId of a lesson record.
     * 
     */
    protected String lesson;
    /**
     * Required for an active record. The attendance code: sourcedId of an attendanceCode record (not the code letter itself).
     * 
     */
    protected String code;

    /**
     * Required for an active record. The student: sourcedId of a student record the lesson was taught to (otherwise INVALID_VALUE).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getStudent() {
        return student;
    }

    /**
     * Sets the value of the student property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getStudent()
     */
    public void setStudent(String value) {
        this.student = value;
    }

    /**
     * Required for an active record. The lesson: sourcedId of a lesson record.
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
     * Required for an active record. The attendance code: sourcedId of an attendanceCode record (not the code letter itself).
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getCode() {
        return code;
    }

    /**
     * Sets the value of the code property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getCode()
     */
    public void setCode(String value) {
        this.code = value;
    }

}
