/** Benchmarks: a bulk data generator and the manager questions timed against hand-written SQL. */
package io.salesbot.bench;
