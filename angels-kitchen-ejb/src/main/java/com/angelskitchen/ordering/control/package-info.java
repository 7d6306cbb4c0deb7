/** Rules the order desk applies inside its transaction, such as numbering orders per day. */
package com.angelskitchen.ordering.control;
