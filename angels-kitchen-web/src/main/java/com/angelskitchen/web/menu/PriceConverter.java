package com.angelskitchen.web.menu;

import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A price field of the menu page ({@code <f:converter converterId="ak.price"/>}): the amount typed
 * the store's way ({@link Amounts#parse}), refused with a message in the screen's language that
 * shows the store's way of writing one. The field's {@code example} attribute (a plain decimal such
 * as {@code 1800.50}) is the amount the message shows.
 */
@FacesConverter("ak.price")
public class PriceConverter implements Converter<BigDecimal> {

  static final String EXAMPLE = "example";

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Locale store = storeLocale();
    BigDecimal amount =
        Amounts.parse(value, store).orElseThrow(() -> refused(example(component), store));
    if (!Amounts.isPrice(amount)) {
      throw new ConverterException(message(PageMessages.texts().get("menu.price.range")));
    }
    return amount;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : Amounts.typed(value, storeLocale());
  }

  private static ConverterException refused(BigDecimal example, Locale store) {
    String whole = Amounts.typed(example.setScale(0, RoundingMode.DOWN), store);
    return new ConverterException(
        message(
            PageMessages.texts().get("menu.price.invalid", whole, Amounts.typed(example, store))));
  }

  private static BigDecimal example(UIComponent component) {
    Object example = component.getAttributes().get(EXAMPLE);
    try {
      return example == null ? new BigDecimal("1800.50") : new BigDecimal(example.toString());
    } catch (NumberFormatException wrong) {
      return new BigDecimal("1800.50");
    }
  }

  private static FacesMessage message(String text) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }

  private static Locale storeLocale() {
    return CDI.current().select(StoreFormat.class).get().locale();
  }
}
