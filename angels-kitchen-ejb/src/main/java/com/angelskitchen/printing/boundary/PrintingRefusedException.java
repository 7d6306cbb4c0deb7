package com.angelskitchen.printing.boundary;

import com.angelskitchen.platform.KitchenException;

/**
 * A print that cannot be queued as things are set up: the station has no printer, there is no
 * receipt printer. The API answers 409.
 */
public class PrintingRefusedException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public PrintingRefusedException(String code, String message, java.io.Serializable... arguments) {
    super(Kind.CONFLICT, code, message, arguments);
  }
}
