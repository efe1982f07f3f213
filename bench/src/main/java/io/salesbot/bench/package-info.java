/** Benchmarks: a bulk data generator, the manager questions timed against hand-written SQL, CSV imports. */
package io.salesbot.bench;
