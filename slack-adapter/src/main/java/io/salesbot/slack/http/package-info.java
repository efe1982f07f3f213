/** HTTP mode: Slack's requests arrive at {@code POST /slack/events} and go to Bolt untouched. */
package io.salesbot.slack.http;
