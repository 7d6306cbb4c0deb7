package com.angelskitchen.staff.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a member of staff does, and so which screens they may use. A manager runs the floor and may
 * step in anywhere: their role grants every other one.
 */
public enum StaffRole {
  /** Takes orders and payments at the POS. */
  CASHIER,
  /** Works a station screen (Fritura, Horno, Mostrador...). */
  COOK,
  /** Calls the pass: the expo screen. */
  EXPO,
  /** Menu, stations, staff, partners, reports. */
  MANAGER;

  /** The security groups (and so the application roles) a member with this role belongs to. */
  public Set<String> groups() {
    Set<StaffRole> granted = this == MANAGER ? EnumSet.allOf(StaffRole.class) : EnumSet.of(this);
    return granted.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
