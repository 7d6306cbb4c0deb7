/**
 * What an operator and a load balancer see of a running server: its health endpoints and the
 * network ports it listens on.
 */
package com.angelskitchen.it.operations;
