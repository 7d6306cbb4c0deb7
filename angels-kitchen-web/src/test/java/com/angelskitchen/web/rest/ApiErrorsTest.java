package com.angelskitchen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.ordering.boundary.IdempotencyKeyReusedException;
import com.angelskitchen.platform.KitchenException;
import jakarta.ws.rs.core.Response.Status.Family;
import jakarta.ws.rs.core.Response.StatusType;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {

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
}
