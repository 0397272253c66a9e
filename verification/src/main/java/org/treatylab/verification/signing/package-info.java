/**
 * Ed25519 keys and signatures (JDK) and signed tree heads.
 *
 * <p>Entry points: {@link org.treatylab.verification.signing.SignedTreeHead#sign} and
 * {@link org.treatylab.verification.signing.Ed25519}.
 */
package org.treatylab.verification.signing;
