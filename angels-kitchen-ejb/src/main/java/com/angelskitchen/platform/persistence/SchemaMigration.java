package com.angelskitchen.platform.persistence;

import com.angelskitchen.platform.ResourceNames;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before any other start-up bean
 * (those declare {@code @DependsOn("SchemaMigration")}). Flyway commits each migration itself, so
 * this bean manages no container transaction. A migration that fails stops the deployment: an
 * application on a half-migrated schema would be worse than none.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = ResourceNames.DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
