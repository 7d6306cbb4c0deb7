package com.angelskitchen.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.Staff;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager adds a cook on the Staff page, the cook signs in, the manager disables the cook, and
 * the cook can no longer sign in.
 */
class StaffPageIT extends EarTestBase {

  @Test
  void aManagerAddsAndDisablesAMemberOnTheStaffPage() throws Exception {
    String username = "lucia-" + UUID.randomUUID().toString().substring(0, 6);
    String password = "empanadas-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser manager = Browser.signedInAs(Staff.manager())) {
      manager.open("admin/staff.xhtml");
      manager.driver().findElement(By.id("hire:username")).sendKeys(username);
      manager.driver().findElement(By.id("hire:displayName")).sendKeys("Lucía");
      manager.driver().findElement(By.id("hire:password")).sendKeys("short");
      manager.driver().findElement(By.id("hire:add")).click();
      manager.await(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "a password is 10 to 128 characters"));

      manager.driver().findElement(By.id("hire:password")).clear();
      manager.driver().findElement(By.id("hire:password")).sendKeys(password);
      manager.driver().findElement(By.id("hire:add")).click();
      manager.await(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), username + " can sign in now."));
      assertThat(row(manager, username).getText())
          .contains("Lucía")
          .contains("Cashier")
          .contains("yes");
      manager.screenshot("security-staff-page");

      assertThat(
              new KitchenApi(new Staff.Member(username, password, "CASHIER"))
                  .get("api/orders")
                  .statusCode())
          .isEqualTo(200);

      row(manager, username).findElement(By.cssSelector(".ak-disable")).click();
      manager.await(d -> row(manager, username).getText().contains("disabled"));
    }
    try (Browser cashier = Browser.anonymous()) {
      cashier.open("login.xhtml");
      cashier.driver().findElement(By.id("username")).sendKeys(username);
      cashier.driver().findElement(By.id("password")).sendKeys(password);
      cashier.driver().findElement(By.id("signIn")).click();
      cashier.await(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messages"), "Wrong username or password, or the account is disabled."));
    }
  }

  private static WebElement row(Browser browser, String username) {
    return browser.await(
        d ->
            d.findElements(By.cssSelector("#members\\:table tbody tr")).stream()
                .filter(
                    r ->
                        r.findElements(By.cssSelector(".ak-username")).stream()
                            .anyMatch(u -> u.getText().equals(username)))
                .findFirst()
                .orElse(null));
  }
}
