/**
 * The screens in Spanish and in English, as staff switch between them: every screen, and no text
 * left in the other language.
 */
package com.angelskitchen.it.i18n;
