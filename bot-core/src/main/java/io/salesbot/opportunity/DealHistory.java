package io.salesbot.opportunity;

import java.util.List;

/** A deal's history, oldest first. */
public record DealHistory(int number, String name, List<ChangeView> changes) {}
