/**
 * The forecast call: each rep's call for a period (commit and best case), kept with what their
 * deals said when they made it; the managers' roll-up of the calls beside the deals; and how
 * close the calls came to what was won (accuracy and bias).
 */
package io.salesbot.call;
