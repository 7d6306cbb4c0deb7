package com.angelskitchen.partners.boundary;

import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.partners.entity.MappingKind;
import com.angelskitchen.partners.entity.PartnerAlert;
import com.angelskitchen.partners.entity.PartnerCall;
import com.angelskitchen.partners.entity.PartnerMapping;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What managers see and fix about the partners: alerts (unmapped items), every outbound call with
 * its answer, and the mappings from partner ids to the menu. A mapping must name something that is
 * on the menu; it applies to the next order (and to a replayed one).
 */
@Stateless
public class PartnerActivity {

  private static final Pattern PARTNER = Pattern.compile("[a-z][a-z0-9-]{1,31}");

  @PersistenceContext EntityManager em;

  @EJB MenuCatalog menu;

  @Inject Clock clock;

  public List<PartnerAlert> openAlerts() {
    return em.createNamedQuery(PartnerAlert.OPEN, PartnerAlert.class)
        .setMaxResults(200)
        .getResultList();
  }

  public void resolveAlert(long id) {
    PartnerAlert alert = em.find(PartnerAlert.class, id);
    if (alert == null) {
      throw new NotFoundException("partners.alert-not-found", "no alert " + id, id);
    }
    alert.resolve(OffsetDateTime.now(clock));
  }

  public List<PartnerCall> recentCalls(int maxResults) {
    return em.createNamedQuery(PartnerCall.RECENT, PartnerCall.class)
        .setMaxResults(maxResults)
        .getResultList();
  }

  public List<PartnerCall> callsOf(long orderId) {
    return em.createNamedQuery(PartnerCall.OF_ORDER, PartnerCall.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }

  public List<PartnerMapping> mappings() {
    return em.createNamedQuery(PartnerMapping.ALL, PartnerMapping.class).getResultList();
  }

  /** Adds or changes a mapping; refused when the code is not on the menu as that kind. */
  public PartnerMapping map(String partner, MappingKind kind, String partnerId, String code) {
    if (partner == null || !PARTNER.matcher(partner).matches()) {
      throw new InvalidRequestException(
          "partners.partner-invalid", "partner is a lower-case id such as ubereats or doordash");
    }
    if (kind == null) {
      throw new InvalidRequestException(
          "partners.mapping-kind-missing",
          "say what the partner id is: ITEM, REMOVE, ADD or CHOICE");
    }
    if (partnerId == null || partnerId.isBlank() || partnerId.strip().length() > 128) {
      throw new InvalidRequestException(
          "partners.partner-id-invalid", "the partner's id is required (at most 128 characters)");
    }
    String known = code == null ? "" : code.strip();
    boolean onMenu =
        switch (kind) {
          case ITEM -> menu.items().stream().anyMatch(i -> i.code().equals(known));
          case REMOVE -> menu.ingredients().stream().anyMatch(i -> i.code().equals(known));
          case ADD -> menu.extras().stream().anyMatch(e -> e.code().equals(known));
          case CHOICE -> isChoice(known);
        };
    if (!onMenu) {
      throw new InvalidRequestException(
          "partners.not-on-menu",
          "'"
              + known
              + "' is not "
              + switch (kind) {
                case ITEM -> "an item";
                case ADD -> "an extra";
                case REMOVE -> "an ingredient";
                case CHOICE -> "a group's choice (group:choice)";
              }
              + " on the menu",
          known,
          kind);
    }
    PartnerMapping existing =
        em.find(PartnerMapping.class, new PartnerMapping.Key(partner, kind, partnerId.strip()));
    if (existing != null) {
      existing.pointTo(known);
      return existing;
    }
    PartnerMapping mapping = new PartnerMapping(partner, kind, partnerId.strip(), known);
    em.persist(mapping);
    return mapping;
  }

  public void unmap(String partner, MappingKind kind, String partnerId) {
    PartnerMapping existing =
        em.find(PartnerMapping.class, new PartnerMapping.Key(partner, kind, partnerId));
    if (existing != null) {
      em.remove(existing);
    }
  }

  /** "group:choice", naming a choice of a modifier group on the menu. */
  private boolean isChoice(String groupAndChoice) {
    int colon = groupAndChoice.indexOf(':');
    return colon > 0
        && menu.groups().stream()
            .filter(g -> g.code().equals(groupAndChoice.substring(0, colon)))
            .anyMatch(g -> g.choice(groupAndChoice.substring(colon + 1)).isPresent());
  }
}
