/**
 * Team channels hear about deals; managers get digests; owners get reminders. Every notification
 * is an {@code outbox} row written in the transaction of its cause and delivered by {@link
 * io.salesbot.notification.OutboxWorker} through the platform's {@link
 * io.salesbot.notification.ChatNotifier}: retried with backoff, claimed with {@code SKIP LOCKED} so
 * several instances never send one row twice.
 */
package io.salesbot.notification;
