/**
 * Reading a dataset from the files or folder a user names, by the rules of the command line
 * (CLI.md): {@link org.industrymetrics.io.files.DatasetFiles}.
 */
package org.industrymetrics.io.files;
