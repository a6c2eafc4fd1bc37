package ru.ediary.interfaces.exchange;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import java.util.List;
import ru.ediary.importing.application.BatchIntake;
import ru.ediary.importing.application.Reconciliation;
import ru.ediary.importing.model.BatchReceipt;
import ru.ediary.importing.model.BatchRefused;
import ru.ediary.importing.model.Census;
import ru.ediary.importing.model.RecordKind;
import ru.ediary.importing.model.SourcedRecord;
import ru.ediary.interfaces.exchange.contract.ExchangeFault;
import ru.ediary.interfaces.exchange.contract.ExchangeFaultDetail;
import ru.ediary.interfaces.exchange.contract.GetReceipt;
import ru.ediary.interfaces.exchange.contract.GetReceiptResponse;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.Reconcile;
import ru.ediary.interfaces.exchange.contract.ReconcileResponse;
import ru.ediary.interfaces.exchange.contract.RecordKindLabel;
import ru.ediary.interfaces.exchange.contract.SubmitBatch;
import ru.ediary.interfaces.exchange.contract.SubmitBatchResponse;

/**
 * The journal exchange (wsdl/journal-exchange.wsdl) at /exchange/JournalExchange. {@link JournalAccountHandler} has
 * authenticated the journal account and validated the message before a method here runs; the work itself, with its
 * transactions, is the application's ({@link BatchIntake}, {@link Reconciliation}).
 */
@WebService(serviceName = "JournalExchangeService", portName = "JournalExchangePort",
        targetNamespace = "urn:ru:ediary:exchange:journal:1",
        endpointInterface = "ru.ediary.interfaces.exchange.contract.JournalExchange",
        wsdlLocation = "WEB-INF/wsdl/journal-exchange.wsdl")
@HandlerChain(file = "journal-exchange-handlers.xml")
public class JournalExchangeEndpoint implements JournalExchange {

    @Resource
    WebServiceContext context;

    @Inject
    BatchIntake intake;

    @Inject
    Reconciliation reconciliation;

    @Override
    public SubmitBatchResponse submitBatch(SubmitBatch request) throws ExchangeFault {
        ExchangeCaller caller = caller();
        List<SourcedRecord> records = request.getRecords() == null ? List.of()
                : request.getRecords().getRecord().stream().map(RecordMapping::toSourcedRecord).toList();
        try {
            BatchReceipt receipt = intake.submit(caller.schoolId(), caller.login(), request.getBatchId(), records);
            SubmitBatchResponse response = new SubmitBatchResponse();
            response.setReceipt(ReceiptMapping.toContract(receipt));
            return response;
        } catch (BatchRefused refused) {
            throw fault(refused.code().name(), refused.getMessage());
        }
    }

    @Override
    public GetReceiptResponse getReceipt(GetReceipt request) throws ExchangeFault {
        try {
            GetReceiptResponse response = new GetReceiptResponse();
            response.setReceipt(ReceiptMapping.toContract(intake.receipt(caller().schoolId(), request.getBatchId())));
            return response;
        } catch (BatchRefused refused) {
            throw fault(refused.code().name(), refused.getMessage());
        }
    }

    @Override
    public ReconcileResponse reconcile(Reconcile request) throws ExchangeFault {
        RecordKind kind = RecordKind.valueOf(request.getKind().name());
        try {
            Census census = reconciliation.of(caller().schoolId(), kind, request.getPeriod(), request.getClazz());
            ReconcileResponse response = new ReconcileResponse();
            response.setKind(RecordKindLabel.valueOf(kind.name()));
            response.setCount(census.count());
            response.setDigest(census.digest());
            response.setAlgorithm(Census.ALGORITHM);
            return response;
        } catch (BatchRefused refused) {
            throw fault(refused.code().name(), refused.getMessage());
        }
    }

    private ExchangeCaller caller() {
        return (ExchangeCaller) context.getMessageContext().get(SoapService.CALLER);
    }

    private static ExchangeFault fault(String code, String message) {
        ExchangeFaultDetail detail = new ExchangeFaultDetail();
        detail.setCode(code);
        detail.setMessage(message);
        return new ExchangeFault(code + ": " + message, detail);
    }
}
