package io.salesbot.command;

import io.salesbot.reply.BotReply;
import io.salesbot.reply.ReplyLocale;

/** The reply to a command and the reader it is for, ready for a platform renderer. */
public record Answer(BotReply reply, ReplyLocale reader) {}
