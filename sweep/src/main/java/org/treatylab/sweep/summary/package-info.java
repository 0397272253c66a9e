/**
 * What a sweep found: bands, frequencies and Sobol indices. Entry point: {@link org.treatylab.sweep.summary.Summaries}
 * (assembly shared by the engines) and {@link org.treatylab.sweep.summary.LocalSummariser} (the local engine's).
 */
package org.treatylab.sweep.summary;
