using CrmErpPortal.Data;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmErpPortal.Tests.Integration.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task SqliteMigrations_ApplyToAnEmptyDatabase()
    {
        var path = TestFiles.NewPath("empty.db");
        try
        {
            await using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={path}").Options);

            await db.Database.MigrateAsync();

            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(0, await db.Customers.CountAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestFiles.DeleteSqlite(path);
        }
    }

    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a SQLite migration: run dotnet ef migrations add for SqlitePortalDbContext");
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a SQL Server migration: run dotnet ef migrations add for SqlServerPortalDbContext");
    }

    [Fact]
    public void SqlServerIdempotentScript_Generates()
    {
        using var db = SqlServerContext();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.All(db.Database.GetMigrations(), id => Assert.Contains($"WHERE [MigrationId] = N'{id}'", script));
        Assert.Contains("CREATE TABLE [Customers]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_OutboxMessages_IdempotencyKey]", script);
    }

    private static SqlServerPortalDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer("Server=unused;Database=CrmErpPortal").Options);
}
