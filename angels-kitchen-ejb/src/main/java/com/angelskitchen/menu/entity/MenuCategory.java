package com.angelskitchen.menu.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A section of the menu and of the POS: "Empanadas fritas", "Bebidas"... */
@Entity
@Table(name = "menu_category")
public class MenuCategory {

  @Id
  @SequenceGenerator(name = "menu_seq", sequenceName = "menu_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected MenuCategory() {}

  public MenuCategory(String code, String name, int sortOrder) {
    this.code = Objects.requireNonNull(code, "code");
    rename(name, sortOrder);
  }

  public void rename(String name, int sortOrder) {
    this.name = Objects.requireNonNull(name, "name");
    this.sortOrder = sortOrder;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int sortOrder() {
    return sortOrder;
  }
}
