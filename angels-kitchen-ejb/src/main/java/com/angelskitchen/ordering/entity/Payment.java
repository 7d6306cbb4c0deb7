package com.angelskitchen.ordering.entity;

import com.angelskitchen.money.Money;
import java.time.OffsetDateTime;

/** How an order was paid: by what, how much was handed over, the change given back, and when. */
public record Payment(TenderMethod method, Money tendered, Money change, OffsetDateTime paidAt)
    implements java.io.Serializable {}
