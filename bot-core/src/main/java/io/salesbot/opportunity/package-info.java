/**
 * Opportunities (deals): their stages, types, line items and the history of every change. The
 * aggregate {@link io.salesbot.opportunity.Opportunity} checks its own rules; {@link
 * io.salesbot.opportunity.OpportunityService} owns transactions and roles.
 */
package io.salesbot.opportunity;
