package com.angelskitchen.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Hands out a benchmark run's orders (COMPLETED, tickets bumped) straight in the database, so that
 * a benchmark does not leave the demo kitchen with thousands of open tickets. Screens that were
 * open during the run keep showing those orders until reloaded.
 */
final class BenchOrders {

  private BenchOrders() {}

  /**
   * @param customerNames a LIKE pattern matching only this run's customer names
   */
  static void handOut(BenchArguments args, String customerNames) throws SQLException {
    if (args.database() == null) {
      System.out.println("(no db= given: this run's orders stay open in the kitchen)");
      return;
    }
    try (Connection db = args.connect()) {
      db.setAutoCommit(false);
      try (PreparedStatement tickets =
              db.prepareStatement(
                  "UPDATE kitchen_ticket t SET status = 'BUMPED', bumped_at = now(),"
                      + " version = t.version + 1 FROM kitchen_order o WHERE t.order_id = o.id"
                      + " AND o.customer_name LIKE ? AND t.status = 'OPEN'");
          PreparedStatement orders =
              db.prepareStatement(
                  "UPDATE kitchen_order SET status = 'COMPLETED', ready_at = coalesce(ready_at,"
                      + " now()), completed_at = now(), version = version + 1"
                      + " WHERE customer_name LIKE ? AND status IN ('IN_KITCHEN', 'READY')")) {
        tickets.setString(1, customerNames);
        tickets.executeUpdate();
        orders.setString(1, customerNames);
        int done = orders.executeUpdate();
        db.commit();
        System.out.printf("handed out this run's %d orders in the database%n", done);
      }
    }
  }
}
