package com.angelskitchen.ordering.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link OrderSource} as its code. */
@Converter(autoApply = true)
public class OrderSourceConverter implements AttributeConverter<OrderSource, String> {

  @Override
  public String convertToDatabaseColumn(OrderSource source) {
    return source == null ? null : source.code();
  }

  @Override
  public OrderSource convertToEntityAttribute(String code) {
    return code == null ? null : new OrderSource(code);
  }
}
