/** The product catalogue: what a workspace sells, with list prices and add-on flags. */
package io.salesbot.catalog;
