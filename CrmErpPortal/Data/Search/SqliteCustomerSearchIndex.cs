namespace CrmErpPortal.Data.Search;

/// <summary>
/// The SQLite customer search index: two contentless FTS5 tables keyed by a stable integer (CustomerSearchKeys), kept
/// in step with Customers, Contacts and SourceLinks by triggers, so every write path (sync, linking, merges, tests)
/// updates it in the same transaction and it cannot drift. Sync pages swap the per-row triggers for a set-based refresh
/// inside their own transaction (<see cref="DeferTriggers"/>, <see cref="CustomerSearchBatch"/>); the result is the same.
/// Merged customers are not indexed.
/// <list type="bullet">
/// <item>CustomerSearchWords: unicode61 words with a 2/3/4-character prefix index, for names and contact names
/// (prefix queries stay ~4 ms p95 at 1M rows, docs/design PERFORMANCE.md §4).</item>
/// <item>CustomerSearchGrams: trigram with detail=none (28 % of detail=full's size, same speed), for infix fragments of
/// numbers, emails and phone digits; detail=none cannot run phrase queries, so a fragment is searched as an AND of its
/// trigrams and rechecked against the row.</item>
/// </list>
/// The customers' own rowid is not used as the key: VACUUM and EF's table rebuilds renumber it.
/// A later migration that rebuilds Customers, Contacts or SourceLinks drops their triggers: call
/// <see cref="CreateTriggers"/> and <see cref="Rebuild"/> again in that migration.
/// </summary>
public static class SqliteCustomerSearchIndex
{
    public const string CreateTables = """
        CREATE TABLE CustomerSearchKeys (SearchKey INTEGER PRIMARY KEY, CustomerId TEXT NOT NULL UNIQUE);
        CREATE TABLE CustomerSearchState (Id INTEGER PRIMARY KEY CHECK (Id = 1), Version INTEGER NOT NULL);
        INSERT INTO CustomerSearchState (Id, Version) VALUES (1, 0);
        CREATE VIRTUAL TABLE CustomerSearchWords USING fts5(name, contacts, content='', contentless_delete=1,
            tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');
        CREATE VIRTUAL TABLE CustomerSearchGrams USING fts5(keys, content='', contentless_delete=1,
            tokenize='trigram remove_diacritics 1', detail=none);
        CREATE VIRTUAL TABLE CustomerSearchVocab USING fts5vocab(CustomerSearchWords, 'col');
        """;

    public const string DropTriggers = """
        DROP TRIGGER IF EXISTS CustomerSearch_CustomerInsert;
        DROP TRIGGER IF EXISTS CustomerSearch_CustomerUpdate;
        DROP TRIGGER IF EXISTS CustomerSearch_CustomerDelete;
        DROP TRIGGER IF EXISTS CustomerSearch_ContactInsert;
        DROP TRIGGER IF EXISTS CustomerSearch_ContactUpdate;
        DROP TRIGGER IF EXISTS CustomerSearch_ContactDelete;
        DROP TRIGGER IF EXISTS CustomerSearch_LinkInsert;
        DROP TRIGGER IF EXISTS CustomerSearch_LinkUpdate;
        DROP TRIGGER IF EXISTS CustomerSearch_LinkDelete;
        """;

    public const string DropAll = DropTriggers + """

        DROP TABLE IF EXISTS CustomerSearchVocab;
        DROP TABLE IF EXISTS CustomerSearchWords;
        DROP TABLE IF EXISTS CustomerSearchGrams;
        DROP TABLE IF EXISTS CustomerSearchState;
        DROP TABLE IF EXISTS CustomerSearchKeys;
        """;

    public static string CreateTriggers => $"""
        CREATE TRIGGER CustomerSearch_CustomerInsert AFTER INSERT ON Customers BEGIN {Refresh("NEW.Id")} END;
        CREATE TRIGGER CustomerSearch_CustomerUpdate AFTER UPDATE OF DisplayName, LegalName, NormalizedName, CustomerNumber,
            BusinessNumber, PhoneE164, Email, Status ON Customers BEGIN {Refresh("OLD.Id")} END;
        CREATE TRIGGER CustomerSearch_CustomerDelete AFTER DELETE ON Customers BEGIN
            DELETE FROM CustomerSearchWords WHERE rowid = (SELECT SearchKey FROM CustomerSearchKeys WHERE CustomerId = OLD.Id);
            DELETE FROM CustomerSearchGrams WHERE rowid = (SELECT SearchKey FROM CustomerSearchKeys WHERE CustomerId = OLD.Id);
            DELETE FROM CustomerSearchKeys WHERE CustomerId = OLD.Id;
            UPDATE CustomerSearchState SET Version = Version + 1;
        END;
        CREATE TRIGGER CustomerSearch_ContactInsert AFTER INSERT ON Contacts BEGIN {Refresh("NEW.CustomerId")} END;
        CREATE TRIGGER CustomerSearch_ContactUpdate AFTER UPDATE ON Contacts BEGIN {Refresh("OLD.CustomerId")} {Refresh("NEW.CustomerId")} END;
        CREATE TRIGGER CustomerSearch_ContactDelete AFTER DELETE ON Contacts BEGIN {Refresh("OLD.CustomerId")} END;
        CREATE TRIGGER CustomerSearch_LinkInsert AFTER INSERT ON SourceLinks BEGIN {Refresh("NEW.CustomerId")} END;
        CREATE TRIGGER CustomerSearch_LinkUpdate AFTER UPDATE OF CustomerId, ExternalNumber ON SourceLinks BEGIN {Refresh("OLD.CustomerId")} {Refresh("NEW.CustomerId")} END;
        CREATE TRIGGER CustomerSearch_LinkDelete AFTER DELETE ON SourceLinks BEGIN {Refresh("OLD.CustomerId")} END;
        """;

    /// <summary>
    /// For a bulk write in one transaction (a sync page): swaps the triggers for connection-local ones that only note
    /// which customers changed, so <see cref="ResumeTriggers"/> can refresh them in one set-based pass before the commit.
    /// Per-row triggers cost ~1 ms a row on a full load (their FTS5 statements are compiled into every INSERT EF
    /// prepares, then run row by row). The swap is inside the transaction: no other connection ever sees the hub without
    /// the real triggers, and a rollback restores them.
    /// </summary>
    public static string DeferTriggers => $"""
        {DropTriggers}
        {DropPendingTriggers}
        CREATE TEMP TABLE IF NOT EXISTS CustomerSearchPending (CustomerId TEXT PRIMARY KEY) WITHOUT ROWID;
        {NotePending("CustomerInsert", "AFTER INSERT ON main.Customers", "NEW.Id")}
        {NotePending("CustomerUpdate", "AFTER UPDATE OF DisplayName, LegalName, NormalizedName, CustomerNumber, BusinessNumber, PhoneE164, Email, Status ON main.Customers", "OLD.Id")}
        {NotePending("CustomerDelete", "AFTER DELETE ON main.Customers", "OLD.Id")}
        {NotePending("ContactInsert", "AFTER INSERT ON main.Contacts", "NEW.CustomerId")}
        {NotePending("ContactUpdate", "AFTER UPDATE ON main.Contacts", "OLD.CustomerId", "NEW.CustomerId")}
        {NotePending("ContactDelete", "AFTER DELETE ON main.Contacts", "OLD.CustomerId")}
        {NotePending("LinkInsert", "AFTER INSERT ON main.SourceLinks", "NEW.CustomerId")}
        {NotePending("LinkUpdate", "AFTER UPDATE OF CustomerId, ExternalNumber ON main.SourceLinks", "OLD.CustomerId", "NEW.CustomerId")}
        {NotePending("LinkDelete", "AFTER DELETE ON main.SourceLinks", "OLD.CustomerId")}
        """;

    /// <summary>
    /// Ends <see cref="DeferTriggers"/>: refreshes every noted customer as the per-row triggers would have (a deleted
    /// customer loses its rows and key, a merged one its rows), then puts the real triggers back.
    /// </summary>
    public static string ResumeTriggers => $"""
        DELETE FROM CustomerSearchWords WHERE rowid IN
            (SELECT k.SearchKey FROM CustomerSearchKeys k JOIN temp.CustomerSearchPending p ON p.CustomerId = k.CustomerId);
        DELETE FROM CustomerSearchGrams WHERE rowid IN
            (SELECT k.SearchKey FROM CustomerSearchKeys k JOIN temp.CustomerSearchPending p ON p.CustomerId = k.CustomerId);
        DELETE FROM CustomerSearchKeys WHERE CustomerId IN (SELECT CustomerId FROM temp.CustomerSearchPending)
            AND CustomerId NOT IN (SELECT Id FROM Customers);
        INSERT OR IGNORE INTO CustomerSearchKeys (CustomerId)
            SELECT c.Id FROM Customers c JOIN temp.CustomerSearchPending p ON p.CustomerId = c.Id;
        {InsertRows("c.Id IN (SELECT CustomerId FROM temp.CustomerSearchPending)")}
        UPDATE CustomerSearchState SET Version = Version + 1 WHERE EXISTS (SELECT 1 FROM temp.CustomerSearchPending);
        {DropPendingTriggers}
        DROP TABLE temp.CustomerSearchPending;
        {CreateTriggers}
        """;

    /// <summary>Re-fills both tables from the hub (after a bulk load with the triggers dropped, or a table rebuild).</summary>
    public static string Rebuild => $"""
        DELETE FROM CustomerSearchWords;
        DELETE FROM CustomerSearchGrams;
        DELETE FROM CustomerSearchKeys WHERE CustomerId NOT IN (SELECT Id FROM Customers);
        INSERT OR IGNORE INTO CustomerSearchKeys (CustomerId) SELECT Id FROM Customers;
        {InsertRows("1 = 1")}
        INSERT INTO CustomerSearchWords (CustomerSearchWords) VALUES ('optimize');
        INSERT INTO CustomerSearchGrams (CustomerSearchGrams) VALUES ('optimize');
        UPDATE CustomerSearchState SET Version = Version + 1;
        """;

    private static string DropPendingTriggers => string.Concat(
        new[] { "CustomerInsert", "CustomerUpdate", "CustomerDelete", "ContactInsert", "ContactUpdate", "ContactDelete", "LinkInsert", "LinkUpdate", "LinkDelete" }
            .Select(name => $"DROP TRIGGER IF EXISTS temp.CustomerSearchPending_{name};\n"));

    private static string NotePending(string name, string when, params string[] customerIds) => $"""
        CREATE TEMP TRIGGER CustomerSearchPending_{name} {when} BEGIN
            {string.Concat(customerIds.Select(id => $"INSERT OR IGNORE INTO temp.CustomerSearchPending (CustomerId) VALUES ({id}); "))}
        END;
        """;

    private static string Refresh(string customerId) => $"""
        INSERT OR IGNORE INTO CustomerSearchKeys (CustomerId) SELECT Id FROM Customers WHERE Id = {customerId};
        DELETE FROM CustomerSearchWords WHERE rowid = (SELECT SearchKey FROM CustomerSearchKeys WHERE CustomerId = {customerId});
        DELETE FROM CustomerSearchGrams WHERE rowid = (SELECT SearchKey FROM CustomerSearchKeys WHERE CustomerId = {customerId});
        {InsertRows($"c.Id = {customerId}")}
        UPDATE CustomerSearchState SET Version = Version + 1;
        """;

    private static string InsertRows(string where) => $"""
        INSERT INTO CustomerSearchWords (rowid, name, contacts)
            SELECT k.SearchKey, concat_ws(' ', c.NormalizedName, c.LegalName, c.DisplayName),
                (SELECT group_concat(concat_ws(' ', t.FirstName, t.LastName), ' ') FROM Contacts t WHERE t.CustomerId = c.Id)
            FROM Customers c JOIN CustomerSearchKeys k ON k.CustomerId = c.Id
            WHERE {where} AND c.Status <> 'Merged';
        INSERT INTO CustomerSearchGrams (rowid, keys)
            SELECT k.SearchKey, lower(concat_ws(' ', c.CustomerNumber, c.Email, replace(c.PhoneE164, '+', ''), c.BusinessNumber,
                (SELECT group_concat(s.ExternalNumber, ' ') FROM SourceLinks s WHERE s.CustomerId = c.Id),
                (SELECT group_concat(concat_ws(' ', t.Email, replace(t.PhoneE164, '+', ''), replace(t.MobileE164, '+', '')), ' ')
                    FROM Contacts t WHERE t.CustomerId = c.Id)))
            FROM Customers c JOIN CustomerSearchKeys k ON k.CustomerId = c.Id
            WHERE {where} AND c.Status <> 'Merged';
        """;
}
