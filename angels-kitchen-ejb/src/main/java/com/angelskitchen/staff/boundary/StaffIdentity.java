package com.angelskitchen.staff.boundary;

import com.angelskitchen.staff.entity.StaffMember;
import com.angelskitchen.staff.entity.StaffRole;
import java.util.Set;

/** Who signed in: their username, name, role and the security groups that role grants. */
public record StaffIdentity(
    String username, String displayName, StaffRole role, Set<String> groups) {

  static StaffIdentity of(StaffMember member) {
    return new StaffIdentity(
        member.username(), member.displayName(), member.role(), member.role().groups());
  }
}
