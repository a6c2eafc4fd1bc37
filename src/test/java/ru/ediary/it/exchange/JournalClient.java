package ru.ediary.it.exchange;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.Handler;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import ru.ediary.interfaces.exchange.contract.JournalExchange;
import ru.ediary.interfaces.exchange.contract.JournalExchangeService;
import ru.ediary.simulator.UsernameToken;

/** A client of the exchange generated from the WSDL (JDK Metro runtime), as an external journal uses it. */
public final class JournalClient {

    private JournalClient() {
    }

    /** A port signed in as {@code login}; the WSDL is read from the running server, as a journal would. */
    @SuppressWarnings("rawtypes")
    public static JournalExchange port(URL base, String login, String password) {
        try {
            URL endpoint = new URL(base, "exchange/JournalExchange");
            JournalExchange port = new JournalExchangeService(new URL(endpoint + "?wsdl")).getJournalExchangePort();
            BindingProvider binding = (BindingProvider) port;
            binding.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
            List<Handler> chain = binding.getBinding().getHandlerChain();
            chain.add(new UsernameToken(login, password));
            binding.getBinding().setHandlerChain(chain);
            return port;
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
