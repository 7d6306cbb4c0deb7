/**
 * The partners, as managers see them: the partners API ({@code /api/partners}: item mappings,
 * events, calls, dead letters, the store's pause) and the backing bean of {@code
 * /admin/partners.xhtml}. The partners' own webhooks are served by the angels-kitchen-integration
 * module, under {@code /partners/}.
 */
package com.angelskitchen.web.partners;
