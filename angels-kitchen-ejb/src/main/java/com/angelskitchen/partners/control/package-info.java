/**
 * The partner-neutral machinery behind the delivery boundaries: matching partner items to the menu,
 * the outbound-call queue, and the ready signal that follows a kitchen's last bump.
 */
package com.angelskitchen.partners.control;
