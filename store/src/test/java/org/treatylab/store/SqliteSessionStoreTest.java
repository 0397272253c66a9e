package org.treatylab.store;

class SqliteSessionStoreTest extends JdbcSessionStoreContract {
    @Override
    String newTarget() {
        return dir.resolve("sessions.db").toString();
    }
}
