package com.angelskitchen.sampledata;

import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.platform.persistence.StartUpLock;
import com.angelskitchen.printing.boundary.Printers;
import com.angelskitchen.printing.entity.PrintMode;
import com.angelskitchen.printing.entity.Printer;
import com.angelskitchen.printing.entity.StationPrinting;
import com.angelskitchen.stations.boundary.StationSetup;
import com.angelskitchen.stations.entity.Station;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The demo's printers, on the fake printer the run command starts ({@code ak.printing.demo-printers
 * = host:port}): the receipt printer on that port, then one printer per station on the next ports,
 * in the stations' order, each printing when its screens have been dark for 30 seconds. Set up
 * once, when there is no printer yet: a manager's later changes stay.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoMenu"})
public class DemoPrinters {

  private static final Logger LOG = Logger.getLogger(DemoPrinters.class.getName());

  static final int FALLBACK_SECONDS = 30;

  @EJB StartUpLock startUp;

  @Inject KitchenSettings settings;

  @Inject Config config;

  @EJB Printers printers;

  @EJB StationSetup setup;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // one transaction: see StartUpLock
  void load() {
    Optional<String> fake =
        config
            .getOptionalValue("ak.printing.demo-printers", String.class)
            .filter(s -> !s.isBlank());
    if (!settings.demoMode() || fake.isEmpty()) {
      return;
    }
    startUp.hold();
    if (!printers.printers().isEmpty()) {
      return;
    }
    String address = fake.get().strip();
    int colon = address.lastIndexOf(':');
    String host = address.substring(0, colon);
    int port = Integer.parseInt(address.substring(colon + 1));
    printers.putPrinter("caja", new Printer.Settings("Caja", host, port, true));
    List<Station> stations = setup.stations();
    for (int i = 0; i < stations.size(); i++) {
      Station station = stations.get(i);
      printers.putPrinter(
          station.code(), new Printer.Settings(station.name(), host, port + 1 + i, false));
      printers.putStationPrinting(
          station.code(),
          new StationPrinting.Settings(station.code(), PrintMode.FALLBACK, FALLBACK_SECONDS));
    }
    LOG.info("Demo printers in place on the fake printer at " + address);
  }
}
