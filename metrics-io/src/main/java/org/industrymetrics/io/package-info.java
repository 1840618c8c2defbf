/**
 * What the CSV and JSON forms of a dataset share.
 */
package org.industrymetrics.io;
