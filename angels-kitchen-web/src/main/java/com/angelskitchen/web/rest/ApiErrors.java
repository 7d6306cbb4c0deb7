package com.angelskitchen.web.rest;

import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.web.i18n.Refusals;
import com.angelskitchen.web.i18n.Texts;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response.StatusType;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one place where refusals become HTTP answers. Every error body has the same shape: {@code
 * {"status": 400, "error": "Bad Request", "code": "order.no-lines", "message": "...", "details":
 * [...]}}. The code says what was refused, stable and in English, for a client to act on; the
 * message says it in the request's language ({@link ApiLanguage}), from the Texts bundles' {@code
 * refusal.<code>}; the details (which field, what the parser said) stay in English.
 */
public final class ApiErrors {

  private ApiErrors() {}

  /** The JSON body of every error answer. */
  public record ErrorBody(
      int status, String error, String code, String message, List<String> details) {}

  /** The message of a missing request body, for {@code @NotNull} on a resource's body parameter. */
  public static final String NO_BODY = "the request needs a JSON body";

  /** The code of a missing request body. */
  public static final String NO_BODY_CODE = "request.no-body";

  /** The code of a body that breaks Bean Validation constraints (the details list each). */
  static final String INVALID_CODE = "request.invalid";

  /** The code of a body that is not JSON, or JSON of the wrong shape. */
  static final String MALFORMED_CODE = "request.malformed-json";

  /**
   * 422: the request is well-formed but contradicts an earlier one (an idempotency key reused for a
   * different order). Jakarta REST has no constant for it; the reason phrase is RFC 9110's.
   */
  static final StatusType UNPROCESSABLE_CONTENT = new OtherStatus(422, "Unprocessable Content");

  /** An error answer in the API's shape, its message already in the reader's language. */
  public static Response answer(
      StatusType status, String code, String message, List<String> details) {
    return answer(status, body(status, code, message, details));
  }

  /**
   * 429 for a password tried too often (a manager's approval typed on a cashier's screen): when to
   * try again, in the request's language, with {@code Retry-After}.
   */
  public static Response throttled(long seconds) {
    return Response.fromResponse(
            refuse(
                ApiLanguage.current(),
                new OtherStatus(429, "Too Many Requests"),
                "auth.throttled",
                "too many wrong passwords: try again in " + seconds + " s",
                List.of(),
                seconds))
        .header("Retry-After", seconds)
        .build();
  }

  static Response answer(StatusType status, ErrorBody body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }

  static ErrorBody body(StatusType status, String code, String message, List<String> details) {
    return new ErrorBody(status.getStatusCode(), status.getReasonPhrase(), code, message, details);
  }

  /**
   * A refusal of the API itself (not the core's), in a language: the text {@code refusal.<code>}
   * with the arguments, else the English message.
   */
  static Response refuse(
      Locale language,
      StatusType status,
      String code,
      String english,
      List<String> details,
      Object... arguments) {
    return answer(status, said(language, status, code, english, details, arguments));
  }

  static ErrorBody said(
      Locale language,
      StatusType status,
      String code,
      String english,
      List<String> details,
      Object... arguments) {
    return body(status, code, Refusals.text(Texts.in(language), code, english, arguments), details);
  }

  /** A broken business rule in a language: its code, and its text from the bundles. */
  static ErrorBody refusal(KitchenException refused, Locale language) {
    return body(
        statusOf(refused), refused.code(), Refusals.text(Texts.in(language), refused), List.of());
  }

  /** Bean Validation failures in a language (the details stay as the validator wrote them). */
  static ErrorBody invalid(Locale language, List<String> details) {
    return said(language, Status.BAD_REQUEST, INVALID_CODE, "the request is not valid", details);
  }

  /** A body that could not be read as this request's JSON, in a language. */
  static ErrorBody malformed(Locale language, Throwable malformed) {
    return said(
        language,
        Status.BAD_REQUEST,
        MALFORMED_CODE,
        "the body is not valid JSON for this request",
        List.of(rootMessage(malformed)));
  }

  /**
   * A refusal of the JAX-RS runtime in a language. Its standard message ("HTTP 404 Not Found") is
   * said from the bundles; a message of its own (a resource's) is kept.
   *
   * @param noBody true when the runtime found no body to read
   */
  static ErrorBody runtime(Status status, String message, boolean noBody, Locale language) {
    if (noBody) {
      return said(language, status, NO_BODY_CODE, NO_BODY, List.of());
    }
    String standard = "HTTP " + status.getStatusCode() + " " + status.getReasonPhrase();
    String code = httpCode(status);
    return standard.equals(message)
        ? said(language, status, code, message, List.of())
        : body(status, code, message, List.of());
  }

  static StatusType statusOf(KitchenException refusal) {
    return switch (refusal.kind()) {
      case INVALID -> Status.BAD_REQUEST;
      case NOT_FOUND -> Status.NOT_FOUND;
      case CONFLICT -> Status.CONFLICT;
      case MISMATCH -> UNPROCESSABLE_CONTENT;
      case NEEDS_APPROVAL -> Status.FORBIDDEN;
    };
  }

  /**
   * The code of a refusal by the JAX-RS runtime itself: {@code http.} and its reason phrase, as in
   * {@code http.method-not-allowed}.
   */
  static String httpCode(StatusType status) {
    String reason = status.getReasonPhrase() == null ? "" : status.getReasonPhrase();
    String words =
        reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return "http." + (words.isEmpty() ? Integer.toString(status.getStatusCode()) : words);
  }

  /** A status that {@link Status} does not name. */
  private record OtherStatus(int code, String reason) implements StatusType {
    @Override
    public int getStatusCode() {
      return code;
    }

    @Override
    public Status.Family getFamily() {
      return Status.Family.familyOf(code);
    }

    @Override
    public String getReasonPhrase() {
      return reason;
    }
  }

  /** Business rules broken: the code and the message name the rule. */
  @Provider
  public static class KitchenRefusals implements ExceptionMapper<KitchenException> {

    /** The request's language (a test may set its own). */
    Supplier<Locale> language = ApiLanguage::current;

    @Override
    public Response toResponse(KitchenException refused) {
      return answer(statusOf(refused), refusal(refused, language.get()));
    }
  }

  /** Bean Validation failures at the API boundary: each violated constraint is listed. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {

    /** The request's language (a test may set its own). */
    Supplier<Locale> language = ApiLanguage::current;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
      List<String> details =
          invalid.getConstraintViolations().stream().map(InvalidInput::describe).sorted().toList();
      return answer(Status.BAD_REQUEST, invalid(language.get(), details));
    }

    private static String describe(ConstraintViolation<?> violation) {
      String path = violation.getPropertyPath().toString();
      // Drop the resource method and parameter names: "place.request.lines[0].quantity".
      String field = path.replaceFirst("^[^.]+\\.[^.]+\\.?", "");
      return (field.isEmpty() ? "body" : field) + ": " + violation.getMessage();
    }
  }

  /** A body that is not JSON, or JSON of the wrong shape. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {

    /** The request's language (a test may set its own). */
    Supplier<Locale> language = ApiLanguage::current;

    @Override
    public Response toResponse(JsonbException malformed) {
      return answer(Status.BAD_REQUEST, malformed(language.get(), malformed));
    }
  }

  /** JSON-B failures that the runtime wraps while reading a body. */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

    /** The request's language (a test may set its own). */
    Supplier<Locale> language = ApiLanguage::current;

    @Override
    public Response toResponse(ProcessingException unreadable) {
      return answer(Status.BAD_REQUEST, malformed(language.get(), unreadable));
    }
  }

  /**
   * The runtime's own refusals (unknown path, wrong method, empty body, ...) in the same shape as
   * ours, coded {@code http.<reason>} ({@code http.not-found}); an empty body is {@code
   * request.no-body}.
   */
  @Provider
  public static class HttpRefusals implements ExceptionMapper<WebApplicationException> {

    /** The request's language (a test may set its own). */
    Supplier<Locale> language = ApiLanguage::current;

    @Override
    public Response toResponse(WebApplicationException refusal) {
      Status status = Status.fromStatusCode(refusal.getResponse().getStatus());
      if (status == null) {
        return refusal.getResponse();
      }
      return answer(
          status,
          runtime(
              status,
              String.valueOf(refusal.getMessage()),
              refusal.getCause() instanceof NoContentException,
              language.get()));
    }
  }

  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
