/**
 * Item-level declarations, notifications and their state machine, and six-monthly data exchanges counted by the
 * domain's counting engine.
 *
 * <p>Entry points: {@link org.treatylab.verification.declaration.Declarations} (a party's item database) and
 * {@link org.treatylab.verification.declaration.DataExchange#of}.
 */
package org.treatylab.verification.declaration;
