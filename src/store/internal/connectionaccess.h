#pragma once

struct sqlite3;

namespace formulary {

class ContentDatabase;
class UserDatabase;

// The SQLite connection behind a database, for the store's own code and for
// tests that look inside a file. Nothing outside src/store includes this: the
// rest of the program sees only the databases' own types.
sqlite3 *connectionOf(const ContentDatabase &database);
sqlite3 *connectionOf(const UserDatabase &database);

// Brings a database of an older version forward to `upTo`, in one
// transaction; tests build old versions with it.
void migrateContentDatabase(sqlite3 *db, int upTo);
void migrateUserDatabase(sqlite3 *db, int upTo);

} // namespace formulary
