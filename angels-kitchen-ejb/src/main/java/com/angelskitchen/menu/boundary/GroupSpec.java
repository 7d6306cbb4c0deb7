package com.angelskitchen.menu.boundary;

import com.angelskitchen.menu.entity.Codes;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import java.util.HashSet;
import java.util.List;

/**
 * Everything a manager says about a modifier group, checked on construction: "Salsa", choose 1 to
 * 1, of criolla, picante or chimichurri; or "Sabores", choose 12, repeats allowed, of the empanadas
 * (a choice naming a menu {@code item} is a flavour, made by the kitchen as part of a bundle).
 */
public record GroupSpec(String name, int min, int max, boolean repeats, List<ChoiceSpec> choices) {

  /** One choice: its code, name, what it adds to the price, and the item a flavour stands for. */
  public record ChoiceSpec(String code, String name, Money price, String item) {}

  public GroupSpec {
    name = Texts.required("menu.group-name", "group name", name, 60);
    if (min < 0 || max < 1 || max > ModifierGroup.MAX_CHOICES || min > max) {
      throw new InvalidRequestException(
          "menu.group.limits",
          name + ": choose from min to max, 0 ≤ min ≤ max, 1 ≤ max ≤ " + ModifierGroup.MAX_CHOICES,
          name,
          ModifierGroup.MAX_CHOICES);
    }
    if (choices != null && choices.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidRequestException(
          "menu.group.choice-codes", name + ": each choice has a distinct code", name);
    }
    choices = choices == null ? List.of() : List.copyOf(choices);
    if (choices.isEmpty() || choices.size() > 40) {
      throw new InvalidRequestException(
          "menu.group.choices", name + " offers 1 to 40 choices", name, 40);
    }
    var codes = new HashSet<String>();
    for (ChoiceSpec choice : choices) {
      if (!Codes.isCode(choice.code()) || !codes.add(choice.code())) {
        throw new InvalidRequestException(
            "menu.group.choice-codes", name + ": each choice has a distinct code", name);
      }
      Texts.required("menu.choice-name", "choice name", choice.name(), 60);
      if (choice.item() != null && !Codes.isCode(choice.item())) {
        throw new InvalidRequestException(
            "menu.item-not-found", "no menu item '" + choice.item() + "'", choice.item());
      }
    }
    long flavours = choices.stream().filter(c -> c.item() != null).count();
    if (flavours != 0 && flavours != choices.size()) {
      throw new InvalidRequestException(
          "menu.group.mixed", name + ": either every choice is a menu item or none is", name);
    }
    if (!repeats && min > choices.size()) {
      throw new InvalidRequestException(
          "menu.group.too-few-choices",
          name + " asks for " + min + " different choices but offers " + choices.size(),
          name,
          min,
          choices.size());
    }
  }
}
