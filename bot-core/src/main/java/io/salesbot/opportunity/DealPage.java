package io.salesbot.opportunity;

import java.util.List;

/** One page of a deal list; {@code page} counts from 1. */
public record DealPage(List<DealSummary> deals, int page, int pageCount, long total) {}
