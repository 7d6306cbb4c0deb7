package com.angelskitchen.integration.intake;

import com.angelskitchen.integration.spi.DeliveryPartner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Every {@link DeliveryPartner} deployed, found by id. */
@ApplicationScoped
public class PartnerDirectory {

  @Inject @Any Instance<DeliveryPartner> partners;

  public Optional<DeliveryPartner> byId(String id) {
    return partners.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The partners whose credentials are configured. */
  public List<DeliveryPartner> configured() {
    return partners.stream().filter(DeliveryPartner::configured).toList();
  }
}
