package com.angelskitchen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.ordering.boundary.IdempotencyKeyReusedException;
import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.entity.OrderStateException;
import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.web.i18n.KitchenLanguage;
import com.angelskitchen.web.i18n.Languages;
import com.angelskitchen.web.rest.ApiErrors.ErrorBody;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.Status.Family;
import jakarta.ws.rs.core.Response.StatusType;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

  static final Locale SPANISH = Languages.SPANISH;
  static final Locale ENGLISH = Languages.ENGLISH;

  @Test
  void aReusedIdempotencyKeyIs422UnprocessableContent() {
    StatusType cut = ApiErrors.statusOf(new IdempotencyKeyReusedException());

    assertThat(cut.getStatusCode()).isEqualTo(422);
    assertThat(cut.getReasonPhrase()).isEqualTo("Unprocessable Content");
    assertThat(cut.getFamily()).isEqualTo(Family.CLIENT_ERROR);
  }

  @Test
  void everyKindOfRefusalHasAClientErrorStatus() {
    for (KitchenException.Kind kind : KitchenException.Kind.values()) {
      StatusType cut = ApiErrors.statusOf(new KitchenException(kind, "test.refused", "refused"));

      assertThat(cut.getFamily()).as(kind.name()).isEqualTo(Family.CLIENT_ERROR);
    }
  }

  @Test
  void aRefusalIsAnsweredWithItsCodeInTheLanguageTheRequestAsksFor() {
    KitchenException refused =
        new InvalidOrderException("order.no-lines", "an order needs at least one line");

    ErrorBody spanish =
        ApiErrors.refusal(refused, ApiLanguage.of(request("es-AR", false), noScreen()));
    ErrorBody english =
        ApiErrors.refusal(refused, ApiLanguage.of(request("en-US,en;q=0.8", false), noScreen()));

    assertThat(spanish)
        .isEqualTo(
            new ErrorBody(
                400,
                "Bad Request",
                "order.no-lines",
                "Un pedido necesita al menos una línea",
                List.of()));
    assertThat(english)
        .isEqualTo(
            new ErrorBody(
                400,
                "Bad Request",
                "order.no-lines",
                "an order needs at least one line",
                List.of()));
  }

  @Test
  void theEnglishMessageIsTheCoreOneWordForWordAndTheSpanishOneNamesTheSameValues() {
    KitchenException notFound =
        new NotFoundException("order.not-found", "no order 999999999", 999999999L);
    KitchenException wrongState =
        new OrderStateException(
            "order.cannot-hand-out",
            "cannot hand out order 012: it is IN_KITCHEN",
            "012",
            OrderStatus.IN_KITCHEN);

    assertThat(ApiErrors.refusal(notFound, ENGLISH).message()).isEqualTo("no order 999999999");
    assertThat(ApiErrors.refusal(notFound, SPANISH).message())
        .isEqualTo("No existe el pedido 999999999");
    assertThat(ApiErrors.refusal(notFound, SPANISH).status()).isEqualTo(404);
    assertThat(ApiErrors.refusal(wrongState, ENGLISH).message())
        .isEqualTo("cannot hand out order 012: it is IN_KITCHEN");
    assertThat(ApiErrors.refusal(wrongState, SPANISH).message())
        .as("the order's status in words")
        .isEqualTo("No se puede entregar el pedido 012: está en cocina");
    assertThat(ApiErrors.refusal(wrongState, SPANISH).code()).isEqualTo("order.cannot-hand-out");
  }

  @Test
  void aCodeWithoutTextsIsAnsweredWithTheEnglishMessage() {
    KitchenException refused =
        new KitchenException(KitchenException.Kind.CONFLICT, "test.untranslated", "refused");

    assertThat(ApiErrors.refusal(refused, SPANISH))
        .isEqualTo(new ErrorBody(409, "Conflict", "test.untranslated", "refused", List.of()));
  }

  @Test
  void theLanguageIsTheHeadersElseTheSessionsElseTheStores() {
    KitchenLanguage screen = screen(ENGLISH, SPANISH);

    assertThat(ApiLanguage.of(request("es-MX,en;q=0.5", true), () -> screen))
        .as("Accept-Language names Spanish")
        .isEqualTo(SPANISH);
    assertThat(ApiLanguage.of(request("fr-FR, en;q=0.1", false), () -> screen))
        .as("English, if only as a second choice")
        .isEqualTo(ENGLISH);
    assertThat(ApiLanguage.of(request(null, true), () -> screen))
        .as("no header, a page's script: the screen's language")
        .isEqualTo(ENGLISH);
    assertThat(ApiLanguage.of(request("fr", false), () -> screen))
        .as("neither Spanish nor English, no session: the store's")
        .isEqualTo(SPANISH);
    assertThat(ApiLanguage.of(request(null, false), () -> screen(SPANISH, ENGLISH)))
        .as("no header, no session: the store's")
        .isEqualTo(ENGLISH);
    assertThat(ApiLanguage.of(null, () -> screen)).as("no request at all").isEqualTo(SPANISH);
  }

  @Test
  void theRuntimesOwnRefusalsAreCodedByTheirStatusAndTranslatedWhenStandard() {
    ErrorBody english = ApiErrors.runtime(Status.NOT_FOUND, "HTTP 404 Not Found", false, ENGLISH);
    ErrorBody spanish = ApiErrors.runtime(Status.NOT_FOUND, "HTTP 404 Not Found", false, SPANISH);
    ErrorBody own =
        ApiErrors.runtime(Status.METHOD_NOT_ALLOWED, "only GET here, please", false, SPANISH);
    ErrorBody noBody = ApiErrors.runtime(Status.BAD_REQUEST, "HTTP 400 Bad Request", true, SPANISH);

    assertThat(english)
        .isEqualTo(
            new ErrorBody(404, "Not Found", "http.not-found", "HTTP 404 Not Found", List.of()));
    assertThat(spanish.code()).isEqualTo("http.not-found");
    assertThat(spanish.message()).startsWith("HTTP 404: ").isNotEqualTo(english.message());
    assertThat(own.code()).isEqualTo("http.method-not-allowed");
    assertThat(own.message()).as("a message of its own is kept").isEqualTo("only GET here, please");
    assertThat(noBody.code()).isEqualTo("request.no-body");
    assertThat(noBody.message()).isEqualTo("La solicitud necesita un cuerpo JSON");
    assertThat(ApiErrors.runtime(Status.BAD_REQUEST, "x", true, ENGLISH).message())
        .isEqualTo(ApiErrors.NO_BODY);
    assertThat(ApiErrors.httpCode(ApiErrors.UNPROCESSABLE_CONTENT))
        .isEqualTo("http.unprocessable-content");
  }

  @Test
  void invalidAndMalformedBodiesKeepTheirDetailsInEnglish() {
    List<String> details = List.of("lines[0].quantity: must be greater than or equal to 1");

    assertThat(ApiErrors.invalid(ENGLISH, details))
        .isEqualTo(
            new ErrorBody(
                400, "Bad Request", "request.invalid", "the request is not valid", details));
    assertThat(ApiErrors.invalid(SPANISH, details))
        .isEqualTo(
            new ErrorBody(
                400, "Bad Request", "request.invalid", "La solicitud no es válida", details));
    ErrorBody malformed =
        ApiErrors.malformed(
            SPANISH,
            new JsonbException("wrapped", new IllegalStateException("Unexpected char 34")));
    assertThat(malformed.code()).isEqualTo("request.malformed-json");
    assertThat(malformed.message()).isEqualTo("El cuerpo no es un JSON válido para esta solicitud");
    assertThat(malformed.details()).containsExactly("Unexpected char 34");
    assertThat(ApiErrors.malformed(ENGLISH, new JsonbException("bad")).message())
        .isEqualTo("the body is not valid JSON for this request");
  }

  /** A request with an Accept-Language header (or none), with a session or without. */
  static HttpServletRequest request(String acceptLanguage, boolean session) {
    HttpSession anySession =
        (HttpSession)
            Proxy.newProxyInstance(
                ApiErrorsTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> {
                  throw new UnsupportedOperationException(method.getName());
                });
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ApiErrorsTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getHeader" ->
                      "Accept-Language".equalsIgnoreCase((String) args[0]) ? acceptLanguage : null;
                  case "getSession" -> session ? anySession : null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** A screen whose language and store language are fixed. */
  static KitchenLanguage screen(Locale language, Locale store) {
    return new KitchenLanguage() {
      @Override
      public Locale getLocale() {
        return language;
      }

      @Override
      public Locale getStoreLanguage() {
        return store;
      }
    };
  }

  /** For a request whose header decides: the screen is never asked. */
  static Supplier<KitchenLanguage> noScreen() {
    return () -> {
      throw new AssertionError("the header decides; the screen is not asked");
    };
  }
}
