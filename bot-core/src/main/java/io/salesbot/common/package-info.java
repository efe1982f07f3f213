/** Errors and small values shared by every feature. */
package io.salesbot.common;
