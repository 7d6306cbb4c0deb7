package com.angelskitchen.stations.entity;

import com.angelskitchen.platform.KitchenException;

/**
 * A ticket change that the ticket's current state does not allow: bumping what is already bumped
 * (usually a second screen a moment late), recalling what is open, touching a held or cancelled
 * ticket, or recalling after the recall window closed.
 */
public class TicketConflictException extends KitchenException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code what was refused, stable and in English (see {@link KitchenException#code()})
   * @param message the refusal in English
   * @param arguments the values it names, for a translation's placeholders
   */
  public TicketConflictException(String code, String message, java.io.Serializable... arguments) {
    super(Kind.CONFLICT, code, message, arguments);
  }
}
