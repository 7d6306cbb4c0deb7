/**
 * The restaurant's settings, read through MicroProfile Config on every use so that a change made in
 * the admin console (Configuration → MicroProfile) applies without a restart.
 */
package com.angelskitchen.platform.config;
