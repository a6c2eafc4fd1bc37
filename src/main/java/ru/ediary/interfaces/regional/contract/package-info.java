/**
 * 
 *         [ru] Региональная отчётность eDiary, версия 1: орган управления образованием региона получает список школ региона (listSchools), сводный обезличенный отчёт учебного года за период (getSchoolYearReport) и ряды показателей успеваемости (getIndicatorSeries). Персональных данных регион не получает (см. правило сокрытия в документации службы).
 *         [en] eDiary's regional reporting, version 1: the education authority of a region receives the list of the region's schools (listSchools), the depersonalised summary report of a school year for a period (getSchoolYearReport) and series of the results indicators (getIndicatorSeries). The region receives no personal data (see the suppression rule in the documentation of the service).
 *     
 * 
 */
@jakarta.xml.bind.annotation.XmlSchema(namespace = "urn:ru:ediary:reporting:regional:1", elementFormDefault = jakarta.xml.bind.annotation.XmlNsForm.QUALIFIED)
package ru.ediary.interfaces.regional.contract;
