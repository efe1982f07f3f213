/** Tenants (a Slack team, a Discord guild, the local console), their members and roles. */
package io.salesbot.workspace;
