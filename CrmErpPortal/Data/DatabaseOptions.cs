namespace CrmErpPortal.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public static class DatabaseOptions
{
    public const string ProviderKey = "Database:Provider";
    public const string DefaultSqliteConnection = "Data Source=App_Data/portal.db";

    public static DatabaseProvider ResolveProvider(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is '{value}': set it to Sqlite or SqlServer.");
    }
}
