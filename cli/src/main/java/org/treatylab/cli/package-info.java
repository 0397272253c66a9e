/**
 * The {@code treatylab} command line: picocli commands that read input, call the engines and format reports.
 *
 * <p>Entry point: {@link org.treatylab.cli.Main}. Bad input exits 2, failures of the work exit 1, each with one
 * line on standard error and never a stack trace.
 */
package org.treatylab.cli;
