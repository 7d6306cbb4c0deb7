package com.angelskitchen.web.printing;

import java.util.List;

/** What a print request queued (202 Accepted): the jobs' ids, in the order they print. */
public record Queued(List<Long> jobs) {}
