/**
 * Data in and out: deals and their history as CSV (UTF-8 with Excel's byte-order mark), and deals
 * imported from a spreadsheet, checked row by row before anything is written.
 */
package io.salesbot.transfer;
