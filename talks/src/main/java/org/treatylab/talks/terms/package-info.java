/**
 * Treaty terms under negotiation: one concrete set of terms ({@link org.treatylab.talks.terms.Terms}) and the
 * treaty it makes ({@link org.treatylab.talks.terms.Terms#treaty}).
 */
package org.treatylab.talks.terms;
