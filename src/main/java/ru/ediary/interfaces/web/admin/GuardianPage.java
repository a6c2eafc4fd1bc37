package ru.ediary.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ediary.family.application.ConsentRegister;
import ru.ediary.family.application.ContactBook;
import ru.ediary.family.application.DeliveryChoices;
import ru.ediary.family.application.GuardianCard;
import ru.ediary.family.application.GuardianRoster;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentForm;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactSource;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.Relation;
import ru.ediary.identity.application.AccountAdministration;
import ru.ediary.identity.application.IssuedPassword;
import ru.ediary.interfaces.web.ChannelChoiceForm;
import ru.ediary.interfaces.web.PageMessages;
import ru.ediary.interfaces.web.SignedIn;
import ru.ediary.platform.Refusal;

/**
 * Staff: one guardian's card — children and links, the consent ledger with a form to record a decision, contacts
 * from applications, chosen channels, the cabinet account with its printable sheet, and what eDiary will actually
 * deliver to them.
 */
@Named
@ViewScoped
public class GuardianPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GuardianRoster roster;

    @Inject
    ConsentRegister consents;

    @Inject
    ContactBook contacts;

    @Inject
    DeliveryChoices choices;

    @Inject
    AccountAdministration accounts;

    @Inject
    SignedIn signedIn;

    private Long id;
    private GuardianCard card;
    private List<GuardianRoster.Choice> students;

    private Long linkStudentId;
    private Relation linkRelation;
    private String linkBasis;

    private ConsentDecision decision;
    private ConsentForm consentForm = ConsentForm.PAPER;
    private LocalDate decidedOn;
    private String consentDocument;

    private ContactChannel contactChannel = ContactChannel.EMAIL;
    private String contactAddress;
    private ContactSource contactSource = ContactSource.WRITTEN_APPLICATION;
    private String contactDocument;

    private final ChannelChoiceForm choice = new ChannelChoiceForm();

    private String accountLogin;
    private IssuedPassword issued;

    /** Loads the card named by the «id» parameter; an id of another school is answered as unknown. */
    public void load() {
        if (card != null) {
            return;
        }
        if (id == null) {
            PageMessages.error("guardian.unknown", "");
            return;
        }
        try {
            refresh();
            choice.show(card.getChosen(), card.getPlan());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void link() {
        act(() -> roster.link(signedIn.schoolId(), id, linkStudentId == null ? -1 : linkStudentId, linkRelation,
                linkBasis, signedIn.getLogin(), signedIn.remoteAddress()), "link.done");
    }

    public void unlink(long linkId) {
        act(() -> roster.unlink(signedIn.schoolId(), linkId, signedIn.getLogin(), signedIn.remoteAddress()),
                "link.removed");
    }

    public void recordConsent() {
        act(() -> consents.recordDocumented(signedIn.schoolId(), id, decision, consentForm, decidedOn,
                consentDocument, signedIn.getLogin(), signedIn.remoteAddress()), "consent.recorded");
    }

    public void addContact() {
        act(() -> contacts.addDocumented(signedIn.schoolId(), id, contactChannel, contactAddress, contactSource,
                contactDocument, signedIn.getLogin(), signedIn.remoteAddress()), "contact.added");
    }

    public void removeContact(long contactId) {
        act(() -> contacts.removeByStaff(signedIn.schoolId(), contactId, signedIn.getLogin(),
                signedIn.remoteAddress()), "contact.removed");
    }

    public void saveChoices() {
        if (choice.isComplete()) {
            act(() -> choices.chooseByStaff(signedIn.schoolId(), id, choice.channels(), choice.quietHours(),
                    signedIn.getLogin(), signedIn.remoteAddress()), "preferences.saved");
        }
    }

    public void createAccount() {
        try {
            issued = accounts.createForGuardian(signedIn.schoolId(), id, accountLogin, signedIn.getLogin(),
                    signedIn.remoteAddress());
            refresh();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    public void resetPassword() {
        try {
            issued = accounts.renewPassword(signedIn.schoolId(), card.getAccountLogin(), signedIn.getLogin(),
                    signedIn.remoteAddress());
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            PageMessages.done(doneKey);
            refresh();
            resetForms();
        } catch (Refusal refusal) {
            PageMessages.refused(refusal);
        }
    }

    private void refresh() {
        card = roster.card(signedIn.schoolId(), id, signedIn.getLogin(), signedIn.remoteAddress());
    }

    private void resetForms() {
        linkStudentId = null;
        linkRelation = null;
        linkBasis = null;
        decision = null;
        decidedOn = null;
        consentDocument = null;
        contactAddress = null;
        contactDocument = null;
    }

    public GuardianCard getCard() {
        return card;
    }

    public List<GuardianRoster.Choice> getStudents() {
        if (students == null) {
            students = roster.students(signedIn.schoolId());
        }
        return students;
    }

    public Relation[] getRelations() {
        return Relation.values();
    }

    public ConsentDecision[] getDecisions() {
        return ConsentDecision.values();
    }

    /** Staff record only decisions on documents; the cabinet form is the guardian's own. */
    public ConsentForm[] getConsentForms() {
        return new ConsentForm[] {ConsentForm.PAPER, ConsentForm.EDO};
    }

    public ContactChannel[] getContactChannels() {
        return ContactChannel.values();
    }

    public ContactSource[] getContactSources() {
        return new ContactSource[] {ContactSource.WRITTEN_APPLICATION, ContactSource.EDO};
    }

    public DeliveryChannel[] getDeliveryChannels() {
        return DeliveryChannel.values();
    }

    public ChannelChoiceForm getChoice() {
        return choice;
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getLinkStudentId() {
        return linkStudentId;
    }

    public void setLinkStudentId(Long linkStudentId) {
        this.linkStudentId = linkStudentId;
    }

    public Relation getLinkRelation() {
        return linkRelation;
    }

    public void setLinkRelation(Relation linkRelation) {
        this.linkRelation = linkRelation;
    }

    public String getLinkBasis() {
        return linkBasis;
    }

    public void setLinkBasis(String linkBasis) {
        this.linkBasis = linkBasis;
    }

    public ConsentDecision getDecision() {
        return decision;
    }

    public void setDecision(ConsentDecision decision) {
        this.decision = decision;
    }

    public ConsentForm getConsentForm() {
        return consentForm;
    }

    public void setConsentForm(ConsentForm consentForm) {
        this.consentForm = consentForm;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getConsentDocument() {
        return consentDocument;
    }

    public void setConsentDocument(String consentDocument) {
        this.consentDocument = consentDocument;
    }

    public ContactChannel getContactChannel() {
        return contactChannel;
    }

    public void setContactChannel(ContactChannel contactChannel) {
        this.contactChannel = contactChannel;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }

    public ContactSource getContactSource() {
        return contactSource;
    }

    public void setContactSource(ContactSource contactSource) {
        this.contactSource = contactSource;
    }

    public String getContactDocument() {
        return contactDocument;
    }

    public void setContactDocument(String contactDocument) {
        this.contactDocument = contactDocument;
    }







    public String getAccountLogin() {
        return accountLogin;
    }

    public void setAccountLogin(String accountLogin) {
        this.accountLogin = accountLogin;
    }
}
