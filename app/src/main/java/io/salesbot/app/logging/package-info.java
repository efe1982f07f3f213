/** Log lines that stay one line each, whatever user text they carry (logback converters). */
package io.salesbot.app.logging;
