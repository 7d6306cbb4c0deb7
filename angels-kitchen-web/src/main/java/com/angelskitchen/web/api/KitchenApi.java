package com.angelskitchen.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Roots the JSON API at /api. */
@ApplicationPath("api")
public class KitchenApi extends Application {}
