package com.angelskitchen.menu.control;

import com.angelskitchen.menu.entity.MenuItem;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which item id a menu code stands for, remembered once read. An item's code never changes and an
 * item is never deleted (it is 86'd or renamed instead), so a remembered id can never go stale; a
 * code not seen before (a new item, or a typo) is looked up in the database. The item itself is
 * then found by id in the shared entity cache, which follows every change made through JPA.
 */
// A singleton EJB, not an application-scoped CDI bean: its persistence context then always
// resolves in this module, whichever module calls it first. Its state is a concurrent map, so the
// container need not serialise calls.
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MenuItemIds {

  @PersistenceContext EntityManager em;

  private final Map<String, Long> ids = new ConcurrentHashMap<>();

  /** The ids of the items with these codes; a code that names no item is left out. */
  public Map<String, Long> of(Collection<String> codes) {
    List<String> unknown =
        codes.stream().filter(code -> !ids.containsKey(code)).distinct().toList();
    if (!unknown.isEmpty()) {
      em.createNamedQuery(MenuItem.BY_CODES, MenuItem.class)
          .setParameter("codes", unknown)
          .getResultList()
          .forEach(item -> ids.put(item.code(), item.id()));
    }
    Map<String, Long> found = new HashMap<>();
    for (String code : codes) {
      Long id = ids.get(code);
      if (id != null) {
        found.put(code, id);
      }
    }
    return found;
  }
}
