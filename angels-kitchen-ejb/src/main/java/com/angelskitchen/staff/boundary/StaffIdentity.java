package com.angelskitchen.staff.boundary;

import com.angelskitchen.staff.entity.StaffMember;
import com.angelskitchen.staff.entity.StaffRole;
import java.util.Set;

/**
 * Who signed in: their username, name, role, the security groups that role grants, and the language
 * chosen for this sign-in (a wall screen's own, else the member's; null for the store's).
 */
public record StaffIdentity(
    String username, String displayName, StaffRole role, Set<String> groups, String language) {

  static StaffIdentity of(StaffMember member) {
    return of(member, member.language());
  }

  static StaffIdentity of(StaffMember member, String language) {
    return new StaffIdentity(
        member.username(), member.displayName(), member.role(), member.role().groups(), language);
  }
}
