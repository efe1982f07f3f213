/** The database the app runs on: an external MariaDB when configured, else an embedded one. */
package io.salesbot.app.db;
