package io.salesbot.slack.handlers;

import io.salesbot.command.Caller;

/**
 * Where a request came from and how to answer it: the core's caller, Slack's trigger id (to open
 * a modal), the response_url (to answer later), and the channel and user.
 */
record Conversation(Caller caller, String triggerId, String responseUrl, String channelId, String userId) {}
