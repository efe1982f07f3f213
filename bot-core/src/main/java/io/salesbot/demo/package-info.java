/** A realistic sample pipeline for a newcomer's empty workspace. */
package io.salesbot.demo;
