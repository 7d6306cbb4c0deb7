/**
 * Cross-cutting plumbing every business component leans on: the names of server resources, the
 * business-rule exception root, and sub-packages for persistence, messaging and time. Nothing here
 * knows about orders or stations; the kitchen's own rules live in the component packages.
 */
package com.angelskitchen.platform;
