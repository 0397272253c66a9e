/**
 * Sweeps over treaty ceilings: both forces scaled by reduction rules, survivors and stability at every ceiling.
 *
 * <p>Entry point: {@link org.treatylab.stability.sweep.Sweep#run}. The report is data; tables, CSV and charts are
 * drawn at the edge.
 */
package org.treatylab.stability.sweep;
