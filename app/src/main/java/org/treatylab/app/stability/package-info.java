/**
 * The stability front door: weapon effects, a counterforce exchange, a sweep over ceilings, and what a treaty's
 * ceilings mean for first-strike stability; the two sides of every use case picked by one rule ({@code Sides}).
 *
 * <p>Entry point: {@link org.treatylab.app.stability.StabilityDoor}.
 */
package org.treatylab.app.stability;
