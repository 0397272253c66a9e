/**
 * The {@code treatylab} command line: picocli commands, one subpackage per area ({@code foundation},
 * {@code stability}, {@code talks}, {@code negotiation}, {@code verification}, {@code serve}), that parse their
 * options, call a front door of the application layer and print the record it returns (text, CSV, or the contract's
 * JSON). The root package only assembles the commands and maps failure kinds to exit codes.
 *
 * <p>Entry point: {@link org.treatylab.cli.Main}. Bad input exits 2, failures of the work exit 1, each with one
 * line on standard error and never a stack trace.
 */
package org.treatylab.cli;
