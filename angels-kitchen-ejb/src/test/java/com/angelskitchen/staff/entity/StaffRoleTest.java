package com.angelskitchen.staff.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffRoleTest {

  @Test
  void aManagerMayUseEveryScreenAndEveryoneElseOnlyTheirOwn() {
    assertThat(StaffRole.MANAGER.groups())
        .containsExactlyInAnyOrder("CASHIER", "COOK", "EXPO", "MANAGER");
    assertThat(StaffRole.COOK.groups()).containsExactly("COOK");
    assertThat(StaffRole.CASHIER.groups()).containsExactly("CASHIER");
    assertThat(StaffRole.EXPO.groups()).containsExactly("EXPO");
  }
}
