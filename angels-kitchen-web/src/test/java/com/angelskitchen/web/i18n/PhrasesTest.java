package com.angelskitchen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.partners.boundary.PartnerCommand;
import com.angelskitchen.platform.Phrase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PhrasesTest {

  static final Texts SPANISH = Texts.in(Locale.forLanguageTag("es-AR"));
  static final Texts ENGLISH = Texts.in(Locale.ENGLISH);

  @Test
  void aPhraseIsSaidInTheReadersLanguageWithItsValues() {
    Phrase alert =
        Phrase.of(
            "alert.unmapped-items",
            "Order {0} has items not mapped to the menu: {1}. Map them on the partners page.",
            "012",
            "Humita, Fugazzeta");

    assertThat(Phrases.text(SPANISH, alert))
        .isEqualTo(
            "El pedido 012 tiene productos sin asignar al menú: Humita, Fugazzeta."
                + " Asignalos en la página de plataformas.");
    assertThat(Phrases.text(ENGLISH, alert)).isEqualTo(alert.english());
  }

  @Test
  void theEnglishWordsOfTheBundleAreTheCoresOwn() {
    Phrase denied = Phrase.of("outcome.denied-86", "denied: 86'd: {0}", "Carne");
    Phrase ignored = PartnerCommand.Ignore.notForTheKitchen("DoorDash", "OrderUpdate").why();

    assertThat(Phrases.text(ENGLISH, denied)).isEqualTo("denied: 86'd: Carne");
    assertThat(Phrases.text(SPANISH, denied)).isEqualTo("rechazado: sin stock: Carne");
    assertThat(Phrases.text(ENGLISH, ignored)).isEqualTo(ignored.english());
    assertThat(Phrases.text(SPANISH, ignored)).isEqualTo("evento OrderUpdate de DoorDash");
  }

  @Test
  void anEnumValueIsSaidInWords() {
    Phrase said =
        Phrase.of(
            "outcome.already-final", "order {0} was already {1}", "007", OrderStatus.COMPLETED);

    assertThat(Phrases.text(SPANISH, said)).isEqualTo("el pedido 007 ya estaba entregado");
    assertThat(Phrases.text(ENGLISH, said)).isEqualTo("order 007 was already completed");
  }

  @Test
  void aPhraseWithoutACodeOrWithAnUnknownOneIsShownInItsOwnWords() {
    assertThat(Phrases.text(SPANISH, Phrase.plain("java.net.ConnectException: refused")))
        .isEqualTo("java.net.ConnectException: refused");
    assertThat(Phrases.text(SPANISH, new Phrase("outcome.from-the-future", List.of("1"), "new 1")))
        .isEqualTo("new 1");
    assertThat(Phrases.text(SPANISH, null)).isEmpty();
  }

  @Test
  void valuesAreNotFormattedAsNumbers() {
    Phrase said = Phrase.of("dead.answered", "HTTP {0}: {1}", 503, "Service Unavailable");

    assertThat(Phrases.text(SPANISH, said)).isEqualTo("HTTP 503: Service Unavailable");
    assertThat(Phrases.text(ENGLISH, Phrase.of("outcome.placed", "placed as order {0}", 1234)))
        .isEqualTo("placed as order 1234");
  }
}
