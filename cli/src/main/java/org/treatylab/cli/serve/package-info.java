/**
 * {@code treatylab serve}: the HTTP API and the web page of module {@code server}, started from the command line.
 *
 * <p>Entry point: {@link org.treatylab.cli.serve.ServeCommand}.
 */
package org.treatylab.cli.serve;
