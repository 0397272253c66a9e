/**
 * Sweeps of TreatyLab's engines from one job description: Monte Carlo bands of the stability engine's survivors and
 * index, the talks' robustness over agents, seeds and weights, and Sobol sensitivity indices of any scalar output.
 *
 * <p>Entry point: {@link org.treatylab.sweep.Sweeps}. A job file is read into a {@link org.treatylab.sweep.job.Job},
 * prepared into a {@link org.treatylab.sweep.model.Plan} (every evaluation computable from its index alone) and run
 * by a {@link org.treatylab.sweep.SweepEngine}: the local one here, or Spark's from module sweep-spark, with the same
 * results for a seed.
 */
package org.treatylab.sweep;
