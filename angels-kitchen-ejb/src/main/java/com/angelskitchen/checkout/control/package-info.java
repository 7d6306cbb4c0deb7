/** The till's rules that need no database: what a discount comes to and when a manager approves. */
package com.angelskitchen.checkout.control;
