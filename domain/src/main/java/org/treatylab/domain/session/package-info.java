/**
 * The port through which the things that live between requests (a person's talks, negotiation sessions, tournament
 * jobs) are kept so that they survive a restart.
 *
 * <p>Entry point: {@link org.treatylab.domain.session.SessionStore}; implemented by the {@code store} module (SQLite,
 * PostgreSQL) and in memory ({@link org.treatylab.domain.session.InMemorySessionStore}).
 */
package org.treatylab.domain.session;
