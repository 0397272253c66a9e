/**
 * Weapon effects: lethal radius, SSPK, TKP and equivalent megatons.
 *
 * <p>Entry point: {@link org.treatylab.stability.effects.WeaponEffects}.
 */
package org.treatylab.stability.effects;
