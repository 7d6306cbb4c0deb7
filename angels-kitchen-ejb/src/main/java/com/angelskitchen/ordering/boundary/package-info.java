/**
 * The order desk: the one entry point through which the POS, the API and the delivery partners
 * place orders. One call, one transaction; a refused order writes nothing.
 */
package com.angelskitchen.ordering.boundary;
