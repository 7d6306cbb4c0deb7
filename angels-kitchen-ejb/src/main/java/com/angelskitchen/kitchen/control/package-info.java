/**
 * Kitchen logic that boundaries call inside their transaction, such as appending to the kitchen log
 * with a sequence number that follows commit order.
 */
package com.angelskitchen.kitchen.control;
