package com.angelskitchen.staff.boundary;

import com.angelskitchen.staff.entity.StaffMember;
import com.angelskitchen.staff.entity.StaffRole;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A member of staff as managers see them: never their password hash. */
public record StaffView(
    String username,
    String displayName,
    StaffRole role,
    boolean enabled,
    OffsetDateTime createdAt,
    OffsetDateTime passwordChangedAt)
    implements Serializable {

  public static StaffView of(StaffMember member) {
    return new StaffView(
        member.username(),
        member.displayName(),
        member.role(),
        member.enabled(),
        member.createdAt(),
        member.passwordChangedAt());
  }
}
