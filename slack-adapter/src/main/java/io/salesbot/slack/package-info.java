/** The Slack adapter: translates Slack's requests into core commands and renders replies as Block Kit. */
package io.salesbot.slack;
