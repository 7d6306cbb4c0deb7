package com.angelskitchen.web.rest;

import com.angelskitchen.platform.KitchenException;
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

/**
 * The one place where refusals become HTTP answers. Every error body has the same shape: {@code
 * {"status": 400, "error": "Bad Request", "message": "...", "details": [...]}}.
 */
public final class ApiErrors {

  private ApiErrors() {}

  /** The JSON body of every error answer. */
  public record ErrorBody(int status, String error, String message, List<String> details) {}

  /**
   * 422: the request is well-formed but contradicts an earlier one (an idempotency key reused for a
   * different order). Jakarta REST has no constant for it; the reason phrase is RFC 9110's.
   */
  /** The message of a missing request body, for {@code @NotNull} on a resource's body parameter. */
  public static final String NO_BODY = "the request needs a JSON body";

  static final StatusType UNPROCESSABLE_CONTENT = new OtherStatus(422, "Unprocessable Content");

  /** An error answer in the API's shape (also used by the security filters in front of it). */
  public static Response answer(StatusType status, String message, List<String> details) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(new ErrorBody(status.getStatusCode(), status.getReasonPhrase(), message, details))
        .build();
  }

  static StatusType statusOf(KitchenException refusal) {
    return switch (refusal.kind()) {
      case INVALID -> Status.BAD_REQUEST;
      case NOT_FOUND -> Status.NOT_FOUND;
      case CONFLICT -> Status.CONFLICT;
      case MISMATCH -> UNPROCESSABLE_CONTENT;
    };
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

  /** Business rules broken: the message names the rule. */
  @Provider
  public static class KitchenRefusals implements ExceptionMapper<KitchenException> {
    @Override
    public Response toResponse(KitchenException refusal) {
      return answer(statusOf(refusal), refusal.getMessage(), List.of());
    }
  }

  /** Bean Validation failures at the API boundary: each violated constraint is listed. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException invalid) {
      List<String> details =
          invalid.getConstraintViolations().stream().map(InvalidInput::describe).sorted().toList();
      return answer(Status.BAD_REQUEST, "the request is not valid", details);
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
    @Override
    public Response toResponse(JsonbException malformed) {
      return answer(
          Status.BAD_REQUEST,
          "the body is not valid JSON for this request",
          List.of(rootMessage(malformed)));
    }
  }

  /** JSON-B failures that the runtime wraps while reading a body. */
  @Provider
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException unreadable) {
      return answer(
          Status.BAD_REQUEST,
          "the body is not valid JSON for this request",
          List.of(rootMessage(unreadable)));
    }
  }

  /**
   * The runtime's own refusals (unknown path, wrong method, empty body, ...) in the same shape as
   * ours.
   */
  @Provider
  public static class HttpRefusals implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException refusal) {
      Status status = Status.fromStatusCode(refusal.getResponse().getStatus());
      if (status == null) {
        return refusal.getResponse();
      }
      String message =
          refusal.getCause() instanceof NoContentException
              ? "the request needs a JSON body"
              : String.valueOf(refusal.getMessage());
      return answer(status, message, List.of());
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
