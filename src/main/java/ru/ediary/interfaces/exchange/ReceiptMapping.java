package ru.ediary.interfaces.exchange;

import ru.ediary.importing.model.BatchReceipt;
import ru.ediary.importing.model.ImportResult;
import ru.ediary.interfaces.exchange.contract.ReceiptLine;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.RecordOutcome;

/** The application's receipt in the contract's terms. */
final class ReceiptMapping {

    private ReceiptMapping() {
    }

    static ru.ediary.interfaces.exchange.contract.BatchReceipt toContract(BatchReceipt receipt) {
        var contract = new ru.ediary.interfaces.exchange.contract.BatchReceipt();
        contract.setBatchId(receipt.batchId());
        contract.setSchool(receipt.schoolCode());
        contract.setReceivedAt(XmlTime.instant(receipt.receivedAt()));
        contract.setDurationMillis(receipt.durationMillis());
        contract.setReplayed(receipt.replayed());
        contract.setCreated(receipt.created());
        contract.setUpdated(receipt.updated());
        contract.setUnchanged(receipt.unchanged());
        contract.setRejected(receipt.rejected());
        for (BatchReceipt.Line line : receipt.lines()) {
            ImportResult result = line.result();
            ReceiptLine contractLine = new ReceiptLine();
            contractLine.setPosition(line.position());
            contractLine.setKind(RecordKindLabel.valueOf(result.kind().name()));
            contractLine.setSourcedId(result.sourcedId() == null ? "" : result.sourcedId());
            contractLine.setOutcome(RecordOutcome.valueOf(result.outcome().name()));
            contractLine.setCode(result.code() == null ? null : result.code().name());
            contractLine.setField(result.field());
            contractLine.setMessage(result.message());
            contract.getLine().add(contractLine);
        }
        return contract;
    }
}
