/**
 * Angel's Kitchen as a cluster, tested as a restaurant would run it: two Payara instances behind
 * HAProxy ({@link com.angelskitchen.it.support.TestCluster}), screens and a cashier connected
 * through the balancer, orders flowing, and one instance killed in the middle of it.
 */
package com.angelskitchen.it.cluster;
