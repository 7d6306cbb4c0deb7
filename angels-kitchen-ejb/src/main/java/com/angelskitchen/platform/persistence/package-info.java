/**
 * The database schema and its evolution. The schema is owned by versioned Flyway migrations under
 * {@code db/migration}, applied once at deployment before anything else touches the database; JPA
 * only maps what the migrations created and never generates tables.
 */
package com.angelskitchen.platform.persistence;
