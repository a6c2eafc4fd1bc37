
package ru.ediary.interfaces.exchange.contract;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A student's membership of a group. Record kind studyGroupMember.
 * 
 * <p>Java class for StudyGroupMemberRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="StudyGroupMemberRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="group" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "StudyGroupMemberRecord", propOrder = {
    "group",
    "student"
})
public class StudyGroupMemberRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The group: sourcedId of a studyGroup record.
     * 
     */
    protected String group;
    /**
     * Required for an active record. The student: sourcedId of a student record; only a student of the group's class (otherwise INVALID_VALUE).
     * 
     */
    protected String student;

    /**
     * Required for an active record. The group: sourcedId of a studyGroup record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getGroup() {
        return group;
    }

    /**
     * Sets the value of the group property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getGroup()
     */
    public void setGroup(String value) {
        this.group = value;
    }

    /**
     * Required for an active record. The student: sourcedId of a student record; only a student of the group's class (otherwise INVALID_VALUE).
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

}
