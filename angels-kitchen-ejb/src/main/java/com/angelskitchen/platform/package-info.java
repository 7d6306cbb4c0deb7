/**
 * Cross-cutting plumbing every business component leans on: the names of server resources, the
 * business-rule exception root, and sub-packages for persistence, configuration and time. Nothing
 * here knows about orders or stations; the kitchen's own rules live in the component packages.
 *
 * <p>A convention of the whole application: session beans (the {@code @Stateless} and
 * {@code @Singleton} boundaries and controls) are injected with {@code @EJB}, everything else with
 * {@code @Inject}. Through {@code @Inject}, Weld wraps a no-interface session bean in a proxy of
 * its own that asks Payara for the bean's business object on every call, and Payara answers by
 * throwing and catching an exception each time: 3.5 % of the server's CPU when placing orders.
 */
package com.angelskitchen.platform;
