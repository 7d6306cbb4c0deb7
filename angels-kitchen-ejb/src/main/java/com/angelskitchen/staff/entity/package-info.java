/**
 * Staff members and device logins as stored. A password or a device token never appears here in
 * clear: only its hash (PBKDF2) or digest (SHA-256) is kept.
 */
package com.angelskitchen.staff.entity;
