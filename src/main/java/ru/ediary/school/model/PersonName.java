package ru.ediary.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** ФИО: фамилия, имя, отчество (the patronymic may be absent). */
@Embeddable
public class PersonName {

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "middle_name", length = 100)
    private String middleName;

    protected PersonName() {
    }

    public PersonName(String lastName, String firstName, String middleName) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName == null || middleName.isBlank() ? null : middleName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    /** «Иванова Мария Петровна». */
    public String full() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** «Иванова М. П.». */
    public String withInitials() {
        String initials = firstName.charAt(0) + "." + (middleName == null ? "" : " " + middleName.charAt(0) + ".");
        return lastName + " " + initials;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonName name && lastName.equals(name.lastName) && firstName.equals(name.firstName)
                && Objects.equals(middleName, name.middleName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lastName, firstName, middleName);
    }

    @Override
    public String toString() {
        return full();
    }
}
