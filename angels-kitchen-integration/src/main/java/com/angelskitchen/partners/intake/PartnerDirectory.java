package com.angelskitchen.partners.intake;

import com.angelskitchen.partners.spi.Partner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every {@link Partner} deployed, found by id. Indexed once: the partners are application-scoped
 * beans, and every webhook looks its partner up.
 */
@ApplicationScoped
public class PartnerDirectory {

  @Inject @Any Instance<Partner> deployed;

  private Map<String, Partner> partners;

  @PostConstruct
  void index() {
    partners =
        deployed.stream().collect(Collectors.toUnmodifiableMap(Partner::id, Function.identity()));
  }

  public Optional<Partner> byId(String id) {
    return Optional.ofNullable(partners.get(id));
  }

  /** The partners whose credentials are configured (read when asked: settings may change). */
  public List<Partner> configured() {
    return partners.values().stream().filter(Partner::configured).toList();
  }
}
