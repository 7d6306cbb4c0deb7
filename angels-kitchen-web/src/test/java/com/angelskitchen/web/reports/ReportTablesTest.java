package com.angelskitchen.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

  @Test
  void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
    ReportTables.Table table =
        new ReportTables.Table(
            "top-items",
            List.of("item", "quantity", "revenue"),
            List.of(
                List.of("Carne, picante", "3", "150.00"),
                List.of("=HYPERLINK(\"http://evil\")", "1", "-2.50"),
                List.of("@cmd", "2", "10")));
    assertThat(ReportTables.csv(table))
        .isEqualTo(
            "item,quantity,revenue\r\n"
                + "\"Carne, picante\",3,150.00\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",1,-2.50\r\n"
                + "'@cmd,2,10\r\n");
  }
}
