
package ru.ediary.interfaces.regional.contract;

import java.math.BigDecimal;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;


/**
 * The results of a period: the period's final grades (итоговые отметки), each student × subject counted once. N = n5 + n4 + n3 + n2 + nн/а; a «1» is counted with the «2» (in the average grade with its own value 1); «осв», «зач» and «незач» are counted apart and are not in N. Percentages and the average grade are rounded half up and are absent when their divisor is 0. The base of the suppression rule is the number of students whose final grades are counted.
 * 
 * <p>Java class for ResultFigures complex type</p>.
 * 
 * <p>The following schema fragment specifies the expected content contained within this class.</p>
 * 
 * <pre>{@code
 * <complexType name="ResultFigures">
 *   <complexContent>
 *     <restriction base="{http://www.w3.org/2001/XMLSchema}anyType">
 *       <sequence>
 *         <element name="assessed" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="five" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="four" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="three" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="two" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="notAttested" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="exempt" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="passed" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="failed" type="{urn:ru:ediary:reporting:regional:1}Count" minOccurs="0"/>
 *         <element name="averageGrade" type="{urn:ru:ediary:reporting:regional:1}AverageGrade" minOccurs="0"/>
 *         <element name="passRate" type="{urn:ru:ediary:reporting:regional:1}Percent" minOccurs="0"/>
 *         <element name="qualityRate" type="{urn:ru:ediary:reporting:regional:1}Percent" minOccurs="0"/>
 *         <element name="learningDegree" type="{urn:ru:ediary:reporting:regional:1}Percent" minOccurs="0"/>
 *       </sequence>
 *       <attribute name="suppressed" use="required" type="{http://www.w3.org/2001/XMLSchema}boolean" />
 *     </restriction>
 *   </complexContent>
 * </complexType>
 * }</pre>
 * 
 * 
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ResultFigures", propOrder = {
    "assessed",
    "five",
    "four",
    "three",
    "two",
    "notAttested",
    "exempt",
    "passed",
    "failed",
    "averageGrade",
    "passRate",
    "qualityRate",
    "learningDegree"
})
public class ResultFigures {

    /**
     * N, assessed: n5 + n4 + n3 + n2 + nн/а. Absent when suppressed.
     * 
     */
    protected Long assessed;
    /**
     * n5: the number of grades «5». Absent when suppressed.
     * 
     */
    protected Long five;
    /**
     * n4: the number of grades «4». Absent when suppressed.
     * 
     */
    protected Long four;
    /**
     * n3: the number of grades «3». Absent when suppressed.
     * 
     */
    protected Long three;
    /**
     * n2: the number of grades «2» (a «1» counted with them). Absent when suppressed.
     * 
     */
    protected Long two;
    /**
     * nн/а: not attested («н/а»). Absent when suppressed.
     * 
     */
    protected Long notAttested;
    /**
     * Exempt («осв»); not in N. Absent when suppressed.
     * 
     */
    protected Long exempt;
    /**
     * Passed («зач»); not in N. Absent when suppressed.
     * 
     */
    protected Long passed;
    /**
     * Failed («незач»); not in N. Absent when suppressed.
     * 
     */
    protected Long failed;
    /**
     * Average grade = Σ grades / (n5 + n4 + n3 + n2), two decimals. Absent when suppressed or when n5 + n4 + n3 + n2 = 0.
     * 
     */
    protected BigDecimal averageGrade;
    /**
     * Pass rate (успеваемость) = (n5 + n4 + n3) / N · 100, per cent, one decimal. Absent when suppressed or when N = 0.
     * 
     */
    protected BigDecimal passRate;
    /**
     * Quality rate (качество знаний) = (n5 + n4) / N · 100, per cent, one decimal. Absent when suppressed or when N = 0.
     * 
     */
    protected BigDecimal qualityRate;
    /**
     * Degree of learning (СОУ, V. P. Simonov) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N, per cent, one decimal. Absent when suppressed or when N = 0.
     * 
     */
    protected BigDecimal learningDegree;
    /**
     * true: the figures are suppressed because they were computed over fewer than 5 students (1–4), or by secondary suppression; then the element has no child elements. false: the figures are published (zeros when there are no people). The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
     * 
     */
    @XmlAttribute(name = "suppressed", required = true)
    protected boolean suppressed;

    /**
     * N, assessed: n5 + n4 + n3 + n2 + nн/а. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getAssessed() {
        return assessed;
    }

    /**
     * Sets the value of the assessed property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getAssessed()
     */
    public void setAssessed(Long value) {
        this.assessed = value;
    }

    /**
     * n5: the number of grades «5». Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getFive() {
        return five;
    }

    /**
     * Sets the value of the five property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getFive()
     */
    public void setFive(Long value) {
        this.five = value;
    }

    /**
     * n4: the number of grades «4». Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getFour() {
        return four;
    }

    /**
     * Sets the value of the four property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getFour()
     */
    public void setFour(Long value) {
        this.four = value;
    }

    /**
     * n3: the number of grades «3». Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getThree() {
        return three;
    }

    /**
     * Sets the value of the three property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getThree()
     */
    public void setThree(Long value) {
        this.three = value;
    }

    /**
     * n2: the number of grades «2» (a «1» counted with them). Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getTwo() {
        return two;
    }

    /**
     * Sets the value of the two property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getTwo()
     */
    public void setTwo(Long value) {
        this.two = value;
    }

    /**
     * nн/а: not attested («н/а»). Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getNotAttested() {
        return notAttested;
    }

    /**
     * Sets the value of the notAttested property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getNotAttested()
     */
    public void setNotAttested(Long value) {
        this.notAttested = value;
    }

    /**
     * Exempt («осв»); not in N. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getExempt() {
        return exempt;
    }

    /**
     * Sets the value of the exempt property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getExempt()
     */
    public void setExempt(Long value) {
        this.exempt = value;
    }

    /**
     * Passed («зач»); not in N. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getPassed() {
        return passed;
    }

    /**
     * Sets the value of the passed property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getPassed()
     */
    public void setPassed(Long value) {
        this.passed = value;
    }

    /**
     * Failed («незач»); not in N. Absent when suppressed.
     * 
     * @return
     *     possible object is
     *     {@link Long }
     *     
     */
    public Long getFailed() {
        return failed;
    }

    /**
     * Sets the value of the failed property.
     * 
     * @param value
     *     allowed object is
     *     {@link Long }
     *     
     * @see #getFailed()
     */
    public void setFailed(Long value) {
        this.failed = value;
    }

    /**
     * Average grade = Σ grades / (n5 + n4 + n3 + n2), two decimals. Absent when suppressed or when n5 + n4 + n3 + n2 = 0.
     * 
     * @return
     *     possible object is
     *     {@link BigDecimal }
     *     
     */
    public BigDecimal getAverageGrade() {
        return averageGrade;
    }

    /**
     * Sets the value of the averageGrade property.
     * 
     * @param value
     *     allowed object is
     *     {@link BigDecimal }
     *     
     * @see #getAverageGrade()
     */
    public void setAverageGrade(BigDecimal value) {
        this.averageGrade = value;
    }

    /**
     * Pass rate (успеваемость) = (n5 + n4 + n3) / N · 100, per cent, one decimal. Absent when suppressed or when N = 0.
     * 
     * @return
     *     possible object is
     *     {@link BigDecimal }
     *     
     */
    public BigDecimal getPassRate() {
        return passRate;
    }

    /**
     * Sets the value of the passRate property.
     * 
     * @param value
     *     allowed object is
     *     {@link BigDecimal }
     *     
     * @see #getPassRate()
     */
    public void setPassRate(BigDecimal value) {
        this.passRate = value;
    }

    /**
     * Quality rate (качество знаний) = (n5 + n4) / N · 100, per cent, one decimal. Absent when suppressed or when N = 0.
     * 
     * @return
     *     possible object is
     *     {@link BigDecimal }
     *     
     */
    public BigDecimal getQualityRate() {
        return qualityRate;
    }

    /**
     * Sets the value of the qualityRate property.
     * 
     * @param value
     *     allowed object is
     *     {@link BigDecimal }
     *     
     * @see #getQualityRate()
     */
    public void setQualityRate(BigDecimal value) {
        this.qualityRate = value;
    }

    /**
     * Degree of learning (СОУ, V. P. Simonov) = (100·n5 + 64·n4 + 36·n3 + 16·n2 + 7·nн/а) / N, per cent, one decimal. Absent when suppressed or when N = 0.
     * 
     * @return
     *     possible object is
     *     {@link BigDecimal }
     *     
     */
    public BigDecimal getLearningDegree() {
        return learningDegree;
    }

    /**
     * Sets the value of the learningDegree property.
     * 
     * @param value
     *     allowed object is
     *     {@link BigDecimal }
     *     
     * @see #getLearningDegree()
     */
    public void setLearningDegree(BigDecimal value) {
        this.learningDegree = value;
    }

    /**
     * true: the figures are suppressed because they were computed over fewer than 5 students (1–4), or by secondary suppression; then the element has no child elements. false: the figures are published (zeros when there are no people). The suppression rule: the region receives no personal data — no names, no identifiers of students, guardians or teachers, no birth dates. A figure computed over fewer than 5 people (1–4 students for results, completeness and publication; 1–4 guardians for consent) is not published: the element carries suppressed="true" and no figures. Secondary suppression: where a total is published, no single suppressed part of it can be recovered by subtraction. The parts of a total are the schools within the region's total, and the grade levels and (separately) the subjects within a school's total. Whenever exactly one part of a published total is suppressed, the smallest other published part is suppressed too, and when there is none, the total itself; a suppressed total has at least one suppressed part. This is repeated until nothing changes. Suppression is decided over the whole region with its grade levels and subjects whatever the request asks for (one school or all of them, with detail or without), so a figure suppressed in one answer is suppressed in every answer about the same period.
     * 
     */
    public boolean isSuppressed() {
        return suppressed;
    }

    /**
     * Sets the value of the suppressed property.
     * 
     */
    public void setSuppressed(boolean value) {
        this.suppressed = value;
    }

}
