package com.angelskitchen.web.reports;

import static com.angelskitchen.platform.JsonP.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, built with JSON-P (labels are item,
 * station and source names: never pasted into a script by hand). Titles, labels and series names
 * come translated from the caller; the axes and tooltips write numbers the store's way (Chart.js's
 * {@code locale}, the store's BCP 47 tag). PrimeFaces writes the JSON into an inline script as it
 * is, so every less-than sign is written as a JSON unicode escape: a name with a closing script tag
 * in it stays a name.
 */
final class Charts {

  private static final String[] COLOURS = {
    "#c0562b", "#2f6f9f", "#5b8c3a", "#a1459b", "#d49a1f", "#4a4a4a", "#1f9b8f", "#8c3a3a"
  };

  /** One data series; {@code axis} puts it on a second y axis (e.g. revenue next to orders). */
  record Series(String label, List<Number> values, String axis) {
    Series(String label, List<Number> values) {
      this(label, values, null);
    }
  }

  private Charts() {}

  static String bars(String locale, String title, List<String> labels, List<Series> series) {
    return chart(locale, "bar", title, labels, series, true);
  }

  static String line(String locale, String title, List<String> labels, Series series) {
    return chart(locale, "line", title, labels, List.of(series), false);
  }

  static String doughnut(String locale, String title, List<String> labels, List<Number> values) {
    JsonArrayBuilder colours = JSON.createArrayBuilder();
    for (int i = 0; i < labels.size(); i++) {
      colours.add(COLOURS[i % COLOURS.length]);
    }
    return JSON.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            JSON.createObjectBuilder()
                .add("labels", strings(labels))
                .add(
                    "datasets",
                    JSON.createArrayBuilder()
                        .add(
                            JSON.createObjectBuilder()
                                .add("data", numbers(values))
                                .add("backgroundColor", colours))))
        .add("options", options(locale, title, false, false))
        .build()
        .toString()
        .replace("<", "\\u003c");
  }

  private static String chart(
      String locale,
      String type,
      String title,
      List<String> labels,
      List<Series> series,
      boolean stacked) {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    boolean secondAxis = false;
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      JsonObjectBuilder set =
          JSON.createObjectBuilder()
              .add("label", s.label())
              .add("data", numbers(s.values()))
              .add("backgroundColor", COLOURS[i % COLOURS.length])
              .add("borderColor", COLOURS[i % COLOURS.length]);
      if (s.axis() != null) {
        set.add("yAxisID", s.axis());
        secondAxis = true;
      }
      datasets.add(set);
    }
    return JSON.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            JSON.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
        .add("options", options(locale, title, true, secondAxis))
        .build()
        .toString()
        .replace("<", "\\u003c");
  }

  private static JsonObjectBuilder options(
      String locale, String title, boolean axes, boolean secondAxis) {
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
            .add("locale", locale)
            .add("animation", false)
            .add("maintainAspectRatio", false)
            .add(
                "plugins",
                JSON.createObjectBuilder()
                    .add(
                        "title",
                        JSON.createObjectBuilder().add("display", true).add("text", title)));
    if (axes) {
      JsonObjectBuilder scales =
          JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("beginAtZero", true));
      if (secondAxis) {
        scales.add(
            "revenue",
            JSON.createObjectBuilder()
                .add("beginAtZero", true)
                .add("position", "right")
                .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false)));
      }
      options.add("scales", scales);
    }
    return options;
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  private static JsonArrayBuilder numbers(List<Number> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Number n : values) {
      if (n instanceof Long || n instanceof Integer) {
        array.add(n.longValue());
      } else {
        array.add(n instanceof BigDecimal b ? b : BigDecimal.valueOf(n.doubleValue()));
      }
    }
    return array;
  }
}
