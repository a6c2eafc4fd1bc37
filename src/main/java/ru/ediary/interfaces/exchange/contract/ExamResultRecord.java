
package ru.ediary.interfaces.exchange.contract;

import javax.xml.datatype.XMLGregorianCalendar;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;


/**
 * A result of an exam or a national test (OGE, EGE, VPR). Record kind examResult.
 * 
 * <p>Java class for ExamResultRecord complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="ExamResultRecord">
 *   <complexContent>
 *     <extension base="{urn:ru:ediary:exchange:journal:1}JournalRecord">
 *       <sequence>
 *         <element name="student" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="subject" type="{urn:ru:ediary:exchange:journal:1}SourcedIdRef" minOccurs="0"/>
 *         <element name="examName" type="{urn:ru:ediary:exchange:journal:1}Text200" minOccurs="0"/>
 *         <element name="examDate" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *         <element name="score" type="{urn:ru:ediary:exchange:journal:1}ExamScore" minOccurs="0"/>
 *         <element name="mark" type="{urn:ru:ediary:exchange:journal:1}ExamMark" minOccurs="0"/>
 *         <element name="resultDate" type="{urn:ru:ediary:exchange:journal:1}CalendarDate" minOccurs="0"/>
 *       </sequence>
 *     </extension>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ExamResultRecord", propOrder = {
    "student",
    "subject",
    "examName",
    "examDate",
    "score",
    "mark",
    "resultDate"
})
public class ExamResultRecord
    extends JournalRecord
{

    /**
     * Required for an active record. The student: sourcedId of a student record.
     * 
     */
    protected String student;
    /**
     * Required for an active record. The subject: sourcedId of a subject record.
     * 
     */
    protected String subject;
    /**
     * Required for an active record. Name of the exam such as "ВПР по математике", at most 200 characters.
     * 
     */
    protected String examName;
    /**
     * Required for an active record. Date of the exam.
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar examDate;
    /**
     * Optional. Raw or scaled score, 0–1000.
     * 
     */
    protected Integer score;
    /**
     * Optional. Mark on the five-point scale, 1–5.
     * 
     */
    protected Integer mark;
    /**
     * Required for an active record. Date of the result, not before examDate and not after the day of the import (otherwise RESULT_DATE_IN_FUTURE).
     * 
     */
    @XmlSchemaType(name = "date")
    protected XMLGregorianCalendar resultDate;

    /**
     * Required for an active record. The student: sourcedId of a student record.
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
     * Required for an active record. The subject: sourcedId of a subject record.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getSubject() {
        return subject;
    }

    /**
     * Sets the value of the subject property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getSubject()
     */
    public void setSubject(String value) {
        this.subject = value;
    }

    /**
     * Required for an active record. Name of the exam such as "ВПР по математике", at most 200 characters.
     * 
     * @return
     *     possible object is
     *     {@link String }
     *     
     */
    public String getExamName() {
        return examName;
    }

    /**
     * Sets the value of the examName property.
     * 
     * @param value
     *     allowed object is
     *     {@link String }
     *     
     * @see #getExamName()
     */
    public void setExamName(String value) {
        this.examName = value;
    }

    /**
     * Required for an active record. Date of the exam.
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getExamDate() {
        return examDate;
    }

    /**
     * Sets the value of the examDate property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getExamDate()
     */
    public void setExamDate(XMLGregorianCalendar value) {
        this.examDate = value;
    }

    /**
     * Optional. Raw or scaled score, 0–1000.
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getScore() {
        return score;
    }

    /**
     * Sets the value of the score property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getScore()
     */
    public void setScore(Integer value) {
        this.score = value;
    }

    /**
     * Optional. Mark on the five-point scale, 1–5.
     * 
     * @return
     *     possible object is
     *     {@link Integer }
     *     
     */
    public Integer getMark() {
        return mark;
    }

    /**
     * Sets the value of the mark property.
     * 
     * @param value
     *     allowed object is
     *     {@link Integer }
     *     
     * @see #getMark()
     */
    public void setMark(Integer value) {
        this.mark = value;
    }

    /**
     * Required for an active record. Date of the result, not before examDate and not after the day of the import (otherwise RESULT_DATE_IN_FUTURE).
     * 
     * @return
     *     possible object is
     *     {@link XMLGregorianCalendar }
     *     
     */
    public XMLGregorianCalendar getResultDate() {
        return resultDate;
    }

    /**
     * Sets the value of the resultDate property.
     * 
     * @param value
     *     allowed object is
     *     {@link XMLGregorianCalendar }
     *     
     * @see #getResultDate()
     */
    public void setResultDate(XMLGregorianCalendar value) {
        this.resultDate = value;
    }

}
