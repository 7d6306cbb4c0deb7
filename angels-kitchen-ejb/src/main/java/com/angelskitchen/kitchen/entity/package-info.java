/** The kitchen's persistent state: the log of kitchen events. */
package com.angelskitchen.kitchen.entity;
