/** Notifications to Slack channels and members, for the core's outbox worker. */
package io.salesbot.slack.notify;
