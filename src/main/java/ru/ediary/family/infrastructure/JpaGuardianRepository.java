package ru.ediary.family.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.ediary.family.model.Consent;
import ru.ediary.family.model.ConsentDecision;
import ru.ediary.family.model.ConsentState;
import ru.ediary.family.model.ContactChannel;
import ru.ediary.family.model.ContactConfirmation;
import ru.ediary.family.model.ContactPoint;
import ru.ediary.family.model.DeliveryChannel;
import ru.ediary.family.model.DeliveryPreference;
import ru.ediary.family.model.DeliverySchedule;
import ru.ediary.family.model.Guardian;
import ru.ediary.family.model.GuardianLink;
import ru.ediary.family.model.GuardianRepository;
import ru.ediary.school.model.School;

@ApplicationScoped
public class JpaGuardianRepository implements GuardianRepository {

    @PersistenceContext(unitName = "ediary")
    EntityManager em;

    @Override
    public Optional<Guardian> byId(long id) {
        return Optional.ofNullable(em.find(Guardian.class, id)).filter(g -> !g.isDeleted());
    }

    @Override
    public Optional<Guardian> bySourcedId(School school, String sourcedId) {
        return em.createQuery("SELECT g FROM Guardian g WHERE g.school = :school AND g.sourcedId = :sourcedId"
                        + " AND g.deleted = FALSE", Guardian.class)
                .setParameter("school", school).setParameter("sourcedId", sourcedId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Consent> consents(Guardian guardian) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.guardian = :guardian ORDER BY c.recordedAt, c.id",
                        Consent.class)
                .setParameter("guardian", guardian).getResultList();
    }

    @Override
    public List<ContactPoint> contacts(Guardian guardian) {
        return em.createQuery("SELECT c FROM ContactPoint c WHERE c.guardian = :guardian ORDER BY c.createdAt, c.id",
                        ContactPoint.class)
                .setParameter("guardian", guardian).getResultList();
    }

    @Override
    public Set<DeliveryChannel> chosenChannels(Guardian guardian) {
        EnumSet<DeliveryChannel> chosen = EnumSet.noneOf(DeliveryChannel.class);
        preferences(guardian).forEach(p -> chosen.add(p.getChannel()));
        return chosen;
    }

    @Override
    public List<DeliveryPreference> preferences(Guardian guardian) {
        return em.createQuery("SELECT p FROM DeliveryPreference p WHERE p.guardian = :guardian",
                DeliveryPreference.class).setParameter("guardian", guardian).getResultList();
    }

    @Override
    public Optional<DeliverySchedule> schedule(Guardian guardian) {
        return em.createQuery("SELECT s FROM DeliverySchedule s WHERE s.guardian = :guardian", DeliverySchedule.class)
                .setParameter("guardian", guardian).getResultStream().findFirst();
    }

    @Override
    public List<GuardianLink> links(Guardian guardian) {
        return em.createQuery("SELECT l FROM GuardianLink l JOIN FETCH l.student s WHERE l.guardian = :guardian"
                        + " AND l.deleted = FALSE AND s.deleted = FALSE ORDER BY s.name.lastName, s.name.firstName",
                        GuardianLink.class)
                .setParameter("guardian", guardian).getResultList();
    }

    @Override
    public List<GuardianLink> linksOf(School school) {
        return em.createQuery("SELECT l FROM GuardianLink l JOIN FETCH l.student s LEFT JOIN FETCH s.schoolClass"
                        + " WHERE l.school = :school AND l.deleted = FALSE AND s.deleted = FALSE", GuardianLink.class)
                .setParameter("school", school).getResultList();
    }

    @Override
    public List<Guardian> guardiansOf(School school) {
        return em.createQuery("SELECT g FROM Guardian g WHERE g.school = :school AND g.deleted = FALSE"
                        + " ORDER BY g.name.lastName, g.name.firstName, g.name.middleName, g.id", Guardian.class)
                .setParameter("school", school).getResultList();
    }

    @Override
    public List<Consent> consentsOf(School school) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.school = :school ORDER BY c.recordedAt, c.id",
                Consent.class).setParameter("school", school).getResultList();
    }

    @Override
    public List<ContactPoint> contactsOf(School school) {
        return em.createQuery("SELECT c FROM ContactPoint c WHERE c.school = :school ORDER BY c.createdAt, c.id",
                ContactPoint.class).setParameter("school", school).getResultList();
    }

    @Override
    public List<DeliveryPreference> preferencesOf(School school) {
        return em.createQuery("SELECT p FROM DeliveryPreference p WHERE p.school = :school", DeliveryPreference.class)
                .setParameter("school", school).getResultList();
    }

    @Override
    public List<DeliverySchedule> schedulesOf(School school) {
        return em.createQuery("SELECT s FROM DeliverySchedule s WHERE s.school = :school", DeliverySchedule.class)
                .setParameter("school", school).getResultList();
    }

    @Override
    public Optional<GuardianLink> link(long id) {
        return Optional.ofNullable(em.find(GuardianLink.class, id)).filter(l -> !l.isDeleted());
    }

    @Override
    public Optional<ContactPoint> contact(long id) {
        return Optional.ofNullable(em.find(ContactPoint.class, id));
    }

    @Override
    public long confirmationsIssuedSince(Guardian guardian, ContactChannel channel, Instant since) {
        return em.createQuery("SELECT COUNT(c) FROM ContactConfirmation c WHERE c.contact.guardian = :guardian"
                        + " AND c.contact.channel = :channel AND c.issuedAt >= :since", Long.class)
                .setParameter("guardian", guardian).setParameter("channel", channel).setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public List<Long> withdrawnBefore(Instant cutoff) {
        return em.createQuery("SELECT c.guardian.id FROM Consent c WHERE c.decision = :withdrawn"
                        + " AND c.recordedAt < :cutoff AND NOT EXISTS (SELECT d.id FROM Consent d"
                        + " WHERE d.guardian = c.guardian AND d.recordedAt > c.recordedAt)", Long.class)
                .setParameter("withdrawn", ConsentDecision.WITHDRAWN).setParameter("cutoff", cutoff).getResultList();
    }

    @Override
    public int forgetContacts(long guardianId) {
        em.createQuery("DELETE FROM ContactConfirmation k WHERE k.contact.id IN"
                        + " (SELECT p.id FROM ContactPoint p WHERE p.guardian.id = :guardian)")
                .setParameter("guardian", guardianId).executeUpdate();
        return em.createQuery("DELETE FROM ContactPoint p WHERE p.guardian.id = :guardian")
                .setParameter("guardian", guardianId).executeUpdate();
    }

    @Override
    public Optional<ContactConfirmation> latestConfirmation(ContactPoint contact) {
        return em.createQuery("SELECT c FROM ContactConfirmation c WHERE c.contact = :contact"
                        + " ORDER BY c.issuedAt DESC, c.id DESC", ContactConfirmation.class)
                .setParameter("contact", contact).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(Guardian guardian) {
        em.persist(guardian);
    }

    @Override
    public void add(GuardianLink link) {
        em.persist(link);
    }

    @Override
    public void add(ContactConfirmation confirmation) {
        em.persist(confirmation);
    }

    @Override
    public void remove(DeliveryPreference preference) {
        em.remove(preference);
    }

    @Override
    public void add(Consent consent) {
        em.persist(consent);
    }

    @Override
    public void add(ContactPoint contact) {
        em.persist(contact);
    }

    @Override
    public void add(DeliveryPreference preference) {
        em.persist(preference);
    }

    @Override
    public void add(DeliverySchedule schedule) {
        em.persist(schedule);
    }

    @Override
    public Map<Long, Long> schoolsOfGuardians(long regionId) {
        Map<Long, Long> schools = new HashMap<>();
        em.createQuery("SELECT g.id, g.school.id FROM Guardian g WHERE g.school.region.id = :region"
                        + " AND g.deleted = FALSE", Object[].class).setParameter("region", regionId).getResultList()
                .forEach(r -> schools.put((Long) r[0], (Long) r[1]));
        return schools;
    }

    @Override
    public Map<Long, List<ConsentState.Decided>> decisionsInRegion(long regionId) {
        Map<Long, List<ConsentState.Decided>> decisions = new HashMap<>();
        em.createQuery("SELECT c.guardian.id, c.decision, c.decidedOn, c.recordedAt FROM Consent c"
                        + " WHERE c.guardian.school.region.id = :region", Object[].class)
                .setParameter("region", regionId).getResultList()
                .forEach(r -> decisions.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                        new ConsentState.Decided((ConsentDecision) r[1], (LocalDate) r[2], (Instant) r[3])));
        return decisions;
    }

    @Override
    public Map<Long, Set<DeliveryChannel>> chosenChannelsInRegion(long regionId) {
        Map<Long, Set<DeliveryChannel>> chosen = new HashMap<>();
        em.createQuery("SELECT p.guardian.id, p.channel FROM DeliveryPreference p"
                        + " WHERE p.guardian.school.region.id = :region", Object[].class)
                .setParameter("region", regionId).getResultList()
                .forEach(r -> chosen.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(DeliveryChannel.class))
                        .add((DeliveryChannel) r[1]));
        return chosen;
    }
}
