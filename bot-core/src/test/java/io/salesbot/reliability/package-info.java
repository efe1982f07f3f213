/** The reliability suite: concurrency, authorization and isolation checked across the whole core. */
package io.salesbot.reliability;
