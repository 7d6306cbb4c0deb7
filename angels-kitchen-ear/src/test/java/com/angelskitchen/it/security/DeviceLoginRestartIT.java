package com.angelskitchen.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.TestServer;
import java.net.HttpCookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A wall screen signed in with "keep this screen signed in" opens its station again after the
 * server was restarted, with nobody typing a password: its device login lives in the database.
 */
class DeviceLoginRestartIT extends EarTestBase {

  @Test
  void aWallScreenIsStillSignedInAfterAServerRestart() throws Exception {
    KitchenSetup.empanadaMenu(api);
    Staff.Member cook =
        Staff.hire("wall-restart-" + UUID.randomUUID().toString().substring(0, 6), "COOK");
    SignInIT.Visitor screen = new SignInIT.Visitor();
    assertThat(screen.signIn(cook, cook.password(), true).statusCode()).isEqualTo(302);
    String device = screen.cookie("AK_DEVICE");
    assertThat(device).isNotNull();

    TestServer.restart();

    SignInIT.Visitor afterRestart = new SignInIT.Visitor();
    HttpCookie cookie = new HttpCookie("AK_DEVICE", device);
    cookie.setPath("/");
    afterRestart.cookies.getCookieStore().add(TestServer.base(), cookie);
    assertThat(afterRestart.get("kds/fritura").statusCode())
        .as("the station screen opens with the device login alone")
        .isEqualTo(200);
    assertThat(new SignInIT.Visitor().get("kds/fritura").statusCode())
        .as("without it, the login page")
        .isEqualTo(302);
  }
}
