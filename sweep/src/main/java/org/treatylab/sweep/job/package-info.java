/**
 * Job descriptions: what varies (grids, lists, distributions with a seed), what is computed (a model) and what is
 * summarised. Entry point: {@link org.treatylab.sweep.job.JobReader}; the format is documented in docs/sweeps.md.
 */
package org.treatylab.sweep.job;
