/**
 * The stability engine: weapon effects, counterforce exchanges, survivable forces, first-strike stability and
 * sweeps over treaty ceilings. Depends only on the domain.
 *
 * <p>Entry point: {@link org.treatylab.stability.Stability}.
 */
package org.treatylab.stability;
