package com.angelskitchen.platform.persistence;

import com.angelskitchen.platform.JsonP;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * A phrase's arguments in one text column, as a JSON array of strings ({@code ["012","Humita"]}):
 * readable in SQL, and no separator to escape. An empty list is kept as NULL.
 */
@Converter
public class PhraseArguments implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> arguments) {
    if (arguments == null || arguments.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = JsonP.JSON.createArrayBuilder();
    arguments.forEach(array::add);
    return array.build().toString();
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    try (var reader = JsonP.JSON.createReader(new StringReader(column))) {
      JsonArray array = reader.readArray();
      return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
  }
}
