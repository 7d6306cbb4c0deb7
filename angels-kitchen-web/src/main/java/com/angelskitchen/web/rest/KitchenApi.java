package com.angelskitchen.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Roots the JSON API at /api. Payara serves its OpenAPI description at {@code /openapi}, generated
 * from these resources.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Angel's Kitchen API",
            version = "1.0",
            description =
                "Menu, stations and routing rules, orders, kitchen tickets (bump, recall) and the"
                    + " kitchen log of an Angel's Kitchen restaurant. Errors are JSON:"
                    + " {status, error, message, details}."),
    tags = {
      @Tag(
          name = "Menu",
          description = "Categories, items, recipes, extras, allergens; 86 and restore"),
      @Tag(name = "Stations", description = "Stations and the rules that route items to them"),
      @Tag(name = "Orders", description = "Place, read, cancel and hand out orders"),
      @Tag(
          name = "Checkout",
          description = "Discounts and comps with a manager's approval; the discount reasons"),
      @Tag(name = "Tickets", description = "A station's tickets: bump a line or a ticket, recall"),
      @Tag(
          name = "Kitchen log",
          description = "Every kitchen event in commit order, for catching up"),
      @Tag(
          name = "Partners",
          description =
              "Partner events, calls to partners, alerts, dead letters (replay), item mappings,"
                  + " store pause"),
      @Tag(
          name = "Printing",
          description =
              "ESC/POS printers, how each station prints, print jobs; reprints and receipts"),
      @Tag(name = "Health", description = "Is the application up, and its database?")
    })
public class KitchenApi extends Application {}
