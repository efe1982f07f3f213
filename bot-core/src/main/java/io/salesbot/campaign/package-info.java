/** Where deals come from: marketing campaigns (with their report) and lead sources. */
package io.salesbot.campaign;
