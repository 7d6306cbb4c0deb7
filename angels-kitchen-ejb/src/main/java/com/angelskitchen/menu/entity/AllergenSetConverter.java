package com.angelskitchen.menu.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of allergens as their names in declaration order, comma separated. */
@Converter
public class AllergenSetConverter implements AttributeConverter<Set<Allergen>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Allergen> allergens) {
    if (allergens == null || allergens.isEmpty()) {
      return "";
    }
    return EnumSet.copyOf(allergens).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<Allergen> convertToEntityAttribute(String column) {
    EnumSet<Allergen> allergens = EnumSet.noneOf(Allergen.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(Allergen::valueOf)
          .forEach(allergens::add);
    }
    return allergens;
  }
}
