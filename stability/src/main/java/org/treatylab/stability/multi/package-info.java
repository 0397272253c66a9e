/**
 * First-strike stability among two or more parties: each party's survivors after a first strike by each other party
 * alone, by all others together, and when one attacker divides its strike between all others; and a first-strike
 * stability index for N parties that is Kent &amp; Thaler's for two.
 *
 * <p>Entry point: {@link org.treatylab.stability.multi.Multilateral#assess}.
 */
package org.treatylab.stability.multi;
