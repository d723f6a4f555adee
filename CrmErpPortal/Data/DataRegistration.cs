using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Data;

public static class DataRegistration
{
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var provider = DatabaseOptions.ResolveProvider(builder.Configuration);
        if (provider == DatabaseProvider.SqlServer)
        {
            var connection = builder.Configuration.GetConnectionString("Portal")!;
            services.AddDbContextFactory<SqlServerPortalDbContext>(o => o.UseSqlServer(connection, sql => sql.EnableRetryOnFailure()));
            services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlServerPortalDbContext>>();
        }
        else
        {
            var connection = SqliteConnectionUnderContentRoot(builder.Configuration, builder.Environment.ContentRootPath);
            services.AddDbContextFactory<SqlitePortalDbContext>(o => o.UseSqlite(connection));
            services.AddSingleton<IDbContextFactory<PortalDbContext>, PortalDbContextFactory<SqlitePortalDbContext>>();
        }

        // For the health check, which resolves a scoped context; features use the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        services.AddDataProtection().SetApplicationName("CrmErpPortal").PersistKeysToDbContext<PortalDbContext>();
        services.TryAddTimeProvider();
        return builder;
    }

    /// <summary>Creates the hub database if needed and applies every migration, before the app takes requests.</summary>
    public static async Task MigratePortalDatabaseAsync(this WebApplication app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    /// <summary>A relative SQLite file is placed under the content root, and its folder created, so the app runs from any directory.</summary>
    internal static string SqliteConnectionUnderContentRoot(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString("Sqlite") ?? DatabaseOptions.DefaultSqliteConnection);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (builder.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return builder.ToString();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}

/// <summary>Lets features ask for the provider-neutral context whichever provider is configured.</summary>
internal sealed class PortalDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext() => inner.CreateDbContext();
}
