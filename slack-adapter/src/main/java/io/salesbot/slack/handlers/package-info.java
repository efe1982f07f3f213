/** What Slack sends us: slash commands, button presses, modal submissions and App Home visits. */
package io.salesbot.slack.handlers;
