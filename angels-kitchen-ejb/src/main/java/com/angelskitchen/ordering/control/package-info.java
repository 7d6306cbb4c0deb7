/**
 * Rules the order desk applies inside its transaction, such as numbering orders per day, and the
 * {@code KitchenPass} port through which it hands orders to the stations.
 */
package com.angelskitchen.ordering.control;
