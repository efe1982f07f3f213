package io.salesbot.lead;

/** A lead as a person gave it; only the name is required. {@code source} is a lead source name. */
public record NewLead(String name, String company, String contact, String source) {}
