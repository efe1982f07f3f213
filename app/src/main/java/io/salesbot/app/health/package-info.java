/** Health of what the bot depends on, for the actuator's health endpoint. */
package io.salesbot.app.health;
