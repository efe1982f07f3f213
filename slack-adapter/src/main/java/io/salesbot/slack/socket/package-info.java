/** Socket Mode: Slack's requests over a WebSocket the app opens, for installs without a public URL. */
package io.salesbot.slack.socket;
