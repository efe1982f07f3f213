/**
 * Commands under load: signed Slack slash commands sent over HTTP at fixed arrival rates to the
 * running app, to an ack-only Bolt endpoint, and the same database work done by plain JDBC.
 */
package io.salesbot.bench.load;
