/**
 * 
 *         [ru] Обмен электронного журнала с eDiary, версия 1: журнал передаёт пакеты записей (submitBatch), запрашивает квитанции (getReceipt) и сверяет данные (reconcile).
 *         [en] The exchange between the electronic journal and eDiary, version 1: the journal pushes batches of records (submitBatch), asks for receipts (getReceipt) and reconciles data (reconcile).
 *     
 * 
 */
@jakarta.xml.bind.annotation.XmlSchema(namespace = "urn:ru:ediary:exchange:journal:1", elementFormDefault = jakarta.xml.bind.annotation.XmlNsForm.QUALIFIED)
package ru.ediary.interfaces.exchange.contract;
