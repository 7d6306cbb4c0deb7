package com.angelskitchen.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

class StaffRulesTest {

  @Test
  void usernamesAreTrimmedAndLowercased() {
    assertThat(StaffRules.username("  Maria.G ")).isEqualTo("maria.g");
  }

  @Test
  void usernamesWithOtherCharactersAreRefused() {
    for (String bad :
        new String[] {null, "", "a", "1abc", "ana maria", "<script>", "x".repeat(41)}) {
      assertThatThrownBy(() -> StaffRules.username(bad))
          .as(bad)
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("username");
    }
  }

  @Test
  void passwordsHaveALengthRange() {
    assertThat(StaffRules.password("0123456789")).hasSize(10);
    assertThatThrownBy(() -> StaffRules.password("short")).hasMessageContaining("10 to 128");
    assertThatThrownBy(() -> StaffRules.password(" ".repeat(12))).hasMessageContaining("spaces");
    assertThatThrownBy(() -> StaffRules.password("x".repeat(129)))
        .hasMessageContaining("10 to 128");
  }

  @Test
  void displayNamesAreShortAndPrintable() {
    assertThat(StaffRules.displayName(" Ana ")).isEqualTo("Ana");
    assertThatThrownBy(() -> StaffRules.displayName(" ")).hasMessageContaining("1 to 80");
    assertThatThrownBy(() -> StaffRules.displayName("a\u0000b")).hasMessageContaining("control");
  }
}
