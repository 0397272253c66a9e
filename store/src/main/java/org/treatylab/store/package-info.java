/**
 * JDBC (Jdbi + Flyway) implementations of the verification engine's ports: the ledger store, on SQLite by default
 * (WAL, synchronous=FULL: a commit is on disk when it returns) or PostgreSQL through the same code and migrations.
 *
 * <p>Entry point: {@link org.treatylab.store.Stores#open}.
 */
package org.treatylab.store;
