package com.angelskitchen.web.pos;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the cashier has chosen so far in one group of the line being edited: one option of a "choose
 * 1" group, or a count per option ("Carne 4, Humita 4, Caprese 4" of a dozen). It knows whether the
 * group is satisfied, so the dialog can refuse to add a line that skips a required one.
 */
public final class GroupPick implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PosItem.Group group;
  private final List<OptionCount> options = new ArrayList<>();
  private String single;

  GroupPick(PosItem.Group group, List<Cart.Picked> before) {
    this.group = group;
    for (PosItem.Option option : group.options()) {
      int count =
          before.stream()
              .filter(p -> p.group().equals(group.code()) && p.code().equals(option.code()))
              .mapToInt(Cart.Picked::count)
              .sum();
      options.add(new OptionCount(option, count));
      if (count > 0 && group.single()) {
        single = option.code();
      }
    }
  }

  /** An option and how many times it is taken. */
  public static final class OptionCount implements Serializable {
    private static final long serialVersionUID = 1L;
    private final PosItem.Option option;
    private Integer count;

    OptionCount(PosItem.Option option, int count) {
      this.option = option;
      this.count = count;
    }

    public PosItem.Option getOption() {
      return option;
    }

    public Integer getCount() {
      return count;
    }

    public void setCount(Integer count) {
      this.count = count == null || count < 0 ? 0 : count;
    }
  }

  public PosItem.Group getGroup() {
    return group;
  }

  public List<OptionCount> getOptions() {
    return options;
  }

  public String getSingle() {
    return single;
  }

  public void setSingle(String single) {
    this.single = single == null || single.isBlank() ? null : single;
  }

  /** How many are chosen in all. */
  public int getTotal() {
    if (group.single()) {
      return single == null ? 0 : 1;
    }
    return options.stream().mapToInt(o -> o.count == null ? 0 : o.count).sum();
  }

  /** True when the group is within its minimum and maximum. */
  public boolean isSatisfied() {
    int total = getTotal();
    return total >= group.min() && total <= group.max();
  }

  /** The choices as cart entries, in the group's order. */
  List<Cart.Picked> picked() {
    List<Cart.Picked> picked = new ArrayList<>();
    for (OptionCount o : options) {
      int count =
          group.single()
              ? (o.option.code().equals(single) ? 1 : 0)
              : Optional.ofNullable(o.count).orElse(0);
      if (count > 0) {
        picked.add(
            new Cart.Picked(
                group.code(),
                group.name(),
                o.option.code(),
                o.option.name(),
                o.option.price(),
                count));
      }
    }
    return picked;
  }
}
