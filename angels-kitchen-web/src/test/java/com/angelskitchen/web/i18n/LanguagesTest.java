package com.angelskitchen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void anySpanishOrEnglishTagIsOneOfTheTwoLanguages() {
    assertThat(Languages.of("es")).contains(Languages.SPANISH);
    assertThat(Languages.of("es-MX")).contains(Languages.SPANISH);
    assertThat(Languages.of("en-GB")).contains(Languages.ENGLISH);
    assertThat(Languages.of("fr")).isEmpty();
    assertThat(Languages.of("")).isEmpty();
    assertThat(Languages.of((String) null)).isEmpty();
    assertThat(Languages.of("x".repeat(40))).isEmpty();
  }

  @Test
  void theBrowserPreferenceIsTakenInItsOrderSkippingWhatIsNotSpoken() {
    assertThat(Languages.preferred("fr-FR,fr;q=0.9,es;q=0.8,en;q=0.7")).contains(Languages.SPANISH);
    assertThat(Languages.preferred("en-US,en;q=0.9")).contains(Languages.ENGLISH);
    assertThat(Languages.preferred("de,fr")).isEmpty();
    assertThat(Languages.preferred("es;q=0,en")).contains(Languages.ENGLISH);
    assertThat(Languages.preferred(";;;")).isEmpty();
    assertThat(Languages.preferred(null)).isEmpty();
  }

  @Test
  void eachLanguageIsNamedInItself() {
    assertThat(Languages.nameOf(Languages.SPANISH)).isEqualTo("Español");
    assertThat(Languages.nameOf(Languages.ENGLISH)).isEqualTo("English");
  }

  @Test
  void textsFillTheirPlaceholdersInTheirLanguage() {
    Texts spanish = Texts.in(Languages.SPANISH);
    Texts english = Texts.in(Languages.ENGLISH);

    assertThat(spanish.get("nav.orders")).isEqualTo("Pedidos");
    assertThat(english.get("nav.orders")).isEqualTo("Orders");
    assertThat(english.get("no.such.key")).isEqualTo("???no.such.key???");
    assertThat(Texts.in(java.util.Locale.FRENCH).language()).isEqualTo(Languages.SPANISH);
  }
}
