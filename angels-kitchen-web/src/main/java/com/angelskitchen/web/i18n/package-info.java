/**
 * The screens' languages and the store's way of writing money and time. Angel's Kitchen speaks
 * Spanish (Argentina) first and English for everyone else: every text a member of staff or a guest
 * reads comes from the {@code Texts} bundles (pages through {@code #{t['nav.orders']}}, Java
 * through {@link com.angelskitchen.web.i18n.Texts}, scripts through {@code AkText}, served with the
 * page).
 *
 * <p>Who chooses the language ({@link com.angelskitchen.web.i18n.KitchenLanguage}): a wall screen
 * its own (kept with its device login), else the member of staff signed in (kept with the account),
 * else, before anyone signs in, the browser's {@code Accept-Language}, else the store's ({@code
 * ak.language}). The guests' board always speaks the store's language. Money, numbers and times are
 * written the store's way ({@link com.angelskitchen.web.i18n.StoreFormat}): its locale, its
 * currency ({@code ak.currency}) and its time zone ({@code ak.timezone}), whatever the reader's
 * language.
 */
package com.angelskitchen.web.i18n;
