package com.angelskitchen.web.menu;

import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.menu.events.StockLevel;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The low-stock list of the managers' pages (the dashboard and the menu page, through
 * WEB-INF/templates/low-stock.xhtml): every counted item and ingredient that is out or at or below
 * its warning level, read once per request, so the dashboard's live panel shows it anew at every
 * kitchen event.
 */
@Named
@RequestScoped
public class LowStockBacking {

  @EJB MenuCatalog catalog;

  private List<Row> levels;

  /** One entry of the list: what it is, its code, the sentence shown and whether it is out. */
  public record Row(String kind, String code, String text, boolean out) {}

  public List<Row> getLevels() {
    if (levels == null) {
      Texts texts = PageMessages.texts();
      levels = catalog.lowStock().stream().map(level -> row(texts, level)).toList();
    }
    return levels;
  }

  private static Row row(Texts texts, StockLevel level) {
    String what = texts.get("lowStock.kind." + level.kind());
    boolean out = level.count() == 0;
    return new Row(
        level.kind(),
        level.code(),
        out
            ? texts.get("lowStock.out", level.name(), what)
            : texts.get("lowStock.left", level.count(), level.name(), what),
        out);
  }
}
