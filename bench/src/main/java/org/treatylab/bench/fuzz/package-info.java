/**
 * A seeded, in-process fuzzer of every reader of the command line and every route of the HTTP API (issue 13). The
 * tests run a few hundred cases; the full campaign is a bench command.
 *
 * <p>Entry points: {@link org.treatylab.bench.fuzz.Fuzzer} and {@link org.treatylab.bench.fuzz.FuzzCampaign}.
 */
package org.treatylab.bench.fuzz;
