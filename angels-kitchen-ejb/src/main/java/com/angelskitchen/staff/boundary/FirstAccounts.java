package com.angelskitchen.staff.boundary;

import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.platform.persistence.StartUpLock;
import com.angelskitchen.staff.entity.StaffRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The accounts an installation starts with. With no staff at all, the first manager ("manager") is
 * created with the password configured as {@code ak.staff.first-manager-password} (a Payara
 * password alias set by the run command from AK_MANAGER_PASSWORD or a generated secret); there is
 * no built-in password. In demo mode a cashier, a cook and an expo are added too, with the
 * passwords configured as {@code ak.staff.demo-password.<role>}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAccounts {

  private static final Logger LOG = Logger.getLogger(FirstAccounts.class.getName());

  @EJB StartUpLock startUp;

  @Inject Config config;

  @Inject KitchenSettings settings;

  @EJB StaffDirectory directory;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // one transaction: see StartUpLock
  void create() {
    startUp.hold();
    if (!directory.anyone()) {
      Optional<String> password = secret("ak.staff.first-manager-password");
      if (password.isPresent()) {
        directory.hireUnlessPresent("manager", "Manager", StaffRole.MANAGER, password.get());
        LOG.info("created the first manager, 'manager'");
      } else {
        LOG.warning(
            "nobody can sign in: no staff yet and no ak.staff.first-manager-password configured"
                + " (the run command sets it from AK_MANAGER_PASSWORD)");
      }
    }
    if (settings.demoMode()) {
      demo("cashier", "Cajero", StaffRole.CASHIER);
      demo("cook", "Cocinera", StaffRole.COOK);
      demo("expo", "Expo", StaffRole.EXPO);
    }
  }

  private void demo(String username, String displayName, StaffRole role) {
    secret("ak.staff.demo-password." + username)
        .ifPresent(p -> directory.hireUnlessPresent(username, displayName, role, p));
  }

  private Optional<String> secret(String name) {
    return config.getOptionalValue(name, String.class).filter(s -> !s.isBlank());
  }
}
