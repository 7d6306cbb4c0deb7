package com.angelskitchen.web.menu;

import com.angelskitchen.menu.boundary.GroupSpec;
import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierChoice;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.money.Money;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * Backs the Choices tab of admin/menu.xhtml: the modifier groups a manager sets up ("Salsa, choose
 * 1"; a dozen's flavours) and the items that ask them. The choices are edited as lines of text, one
 * per choice, "code | name | price | item", the item only for a flavour.
 */
@Named
@ViewScoped
public class MenuGroupsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One group in the table, in the manager's words. */
  public record Row(String code, String name, String rule, String choices, String usedBy)
      implements Serializable {}

  @EJB MenuCatalog catalog;

  @Inject StoreFormat format;

  private List<Row> groups = List.of();

  private boolean creating = true;
  private String code;
  private String name;
  private int min = 1;
  private int max = 1;
  private boolean repeats;
  private String choices;

  @PostConstruct
  public void reload() {
    List<MenuItem> items = catalog.items();
    groups =
        catalog.groups().stream()
            .map(
                g ->
                    new Row(
                        g.code(),
                        g.name(),
                        rule(g),
                        g.choices().stream().map(this::choice).collect(Collectors.joining(", ")),
                        items.stream()
                            .filter(i -> i.group(g.code()).isPresent())
                            .map(MenuItem::name)
                            .collect(Collectors.joining(", "))))
            .toList();
  }

  private static String rule(ModifierGroup group) {
    var texts = PageMessages.texts();
    List<String> parts = new ArrayList<>();
    parts.add(
        group.min() == group.max()
            ? texts.get("menu.group.rule.exactly", group.min())
            : texts.get("menu.group.rule.range", group.min(), group.max()));
    if (group.repeats()) {
      parts.add(texts.get("menu.group.rule.repeats"));
    }
    if (group.required()) {
      parts.add(texts.get("menu.group.rule.required"));
    }
    return String.join(" · ", parts);
  }

  private String choice(ModifierChoice choice) {
    return choice.name()
        + (choice.price().isZero() ? "" : " (+" + format.money(choice.price().amount()) + ")");
  }

  public void startNew() {
    creating = true;
    code = null;
    name = null;
    min = 1;
    max = 1;
    repeats = false;
    choices = null;
  }

  public void edit(String groupCode) {
    catalog.groups().stream()
        .filter(g -> g.code().equals(groupCode))
        .findFirst()
        .ifPresentOrElse(
            g -> {
              creating = false;
              code = g.code();
              name = g.name();
              min = g.min();
              max = g.max();
              repeats = g.repeats();
              choices =
                  g.choices().stream()
                      .map(
                          c ->
                              c.code()
                                  + " | "
                                  + c.name()
                                  + " | "
                                  + c.price().amount().toPlainString()
                                  + c.item().map(i -> " | " + i.code()).orElse(""))
                      .collect(Collectors.joining("\n"));
              PrimeFaces.current().ajax().addCallbackParam("editing", true);
            },
            () -> PageMessages.error("menu.attempt.openGroup"));
  }

  public void save() {
    List<GroupSpec.ChoiceSpec> specs = new ArrayList<>();
    String[] lines = choices == null ? new String[0] : choices.split("\\R");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\\|", -1);
      BigDecimal price =
          fields.length > 2 && !fields[2].isBlank() ? amount(fields[2]) : BigDecimal.ZERO;
      Optional<Money> money =
          price == null
              ? Optional.empty()
              : price.signum() == 0 ? Optional.of(Money.ZERO) : Amounts.money(price);
      if (fields.length < 2 || fields.length > 4 || money.isEmpty()) {
        PageMessages.error("menu.group.line", n + 1, line);
        return;
      }
      specs.add(
          new GroupSpec.ChoiceSpec(
              fields[0].strip(),
              fields[1].strip(),
              money.get(),
              fields.length > 3 && !fields[3].isBlank() ? fields[3].strip() : null));
    }
    String checkedCode = code == null ? null : code.strip();
    boolean saved =
        PageMessages.attempt(
            "menu.attempt.saveGroup",
            () -> {
              catalog.putGroup(checkedCode, new GroupSpec(name, min, max, repeats, specs));
            });
    if (saved) {
      PageMessages.info("menu.saved", name.strip());
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      reload();
    }
  }

  private static BigDecimal amount(String typed) {
    try {
      return new BigDecimal(typed.strip());
    } catch (NumberFormatException notAnAmount) {
      return null;
    }
  }

  public List<Row> getGroups() {
    return groups;
  }

  public boolean isCreating() {
    return creating;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getMin() {
    return min;
  }

  public void setMin(int min) {
    this.min = min;
  }

  public int getMax() {
    return max;
  }

  public void setMax(int max) {
    this.max = max;
  }

  public boolean isRepeats() {
    return repeats;
  }

  public void setRepeats(boolean repeats) {
    this.repeats = repeats;
  }

  public String getChoices() {
    return choices;
  }

  public void setChoices(String choices) {
    this.choices = choices;
  }
}
