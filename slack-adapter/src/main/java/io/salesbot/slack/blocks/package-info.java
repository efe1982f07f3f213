/** Block Kit: the core's replies drawn as Slack messages, modals and the App Home view. */
package io.salesbot.slack.blocks;
