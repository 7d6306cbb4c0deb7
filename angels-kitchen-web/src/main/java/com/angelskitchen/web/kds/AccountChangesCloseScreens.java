package com.angelskitchen.web.kds;

import com.angelskitchen.staff.boundary.StaffChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;

/**
 * A socket's role is checked when it opens; when its member is disabled, gets a new password or
 * another role, their open screens are closed so that the check runs again on reconnection.
 */
@ApplicationScoped
public class AccountChangesCloseScreens {

  @Inject ConnectedScreens screens;

  void close(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffChanged change) {
    screens.closeMember(
        change.username(),
        new CloseReason(
            CloseReason.CloseCodes.VIOLATED_POLICY, "the account changed: sign in again"));
  }
}
