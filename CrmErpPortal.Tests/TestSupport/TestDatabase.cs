using CrmErpPortal.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>A real, migrated SQLite hub database in a temporary file, with the factory features use.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public string Path { get; } = TestFiles.NewPath("hub.db");

    public IDbContextFactory<PortalDbContext> Contexts { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={Path}").Options;
        Contexts = new Factory(options);
        await using var db = Contexts.CreateDbContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        TestFiles.DeleteSqlite(Path);
        return Task.CompletedTask;
    }

    public async Task SeedAsync(Action<PortalDbContext> add)
    {
        await using var db = Contexts.CreateDbContext();
        add(db);
        await db.SaveChangesAsync();
    }

    private sealed class Factory(DbContextOptions<SqlitePortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new SqlitePortalDbContext(options);
    }
}
