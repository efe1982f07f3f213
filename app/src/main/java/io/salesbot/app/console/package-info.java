/**
 * The console adapter: the shared command language on a terminal (JLine line editing and history)
 * or from a piped script, on the embedded database, with no chat platform and no tokens.
 */
package io.salesbot.app.console;
