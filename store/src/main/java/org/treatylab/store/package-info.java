/**
 * JDBC (Jdbi + Flyway) implementations of the ports: the ledger store, the draft treaties and the kept sessions, on
 * SQLite by default (WAL, synchronous=FULL: a commit is on disk when it returns) or PostgreSQL through the same code
 * and migrations.
 *
 * <p>Entry point: {@link org.treatylab.store.Stores#open} (the ledger alone), {@link
 * org.treatylab.store.Stores#openOrCreate} (a server's whole database).
 */
package org.treatylab.store;
