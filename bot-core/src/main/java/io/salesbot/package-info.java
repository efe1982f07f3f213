/** Salesbot core: deals, leads, campaigns, forecasts and the command language, free of chat-platform types. */
package io.salesbot;
